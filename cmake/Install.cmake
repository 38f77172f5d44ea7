include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

install(TARGETS kg ${KG_STAGES} kg_options EXPORT kgTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(TARGETS kgb RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY include/kg DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(FILES ${PROJECT_BINARY_DIR}/generated/kg/version.hpp DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/kg)
install(DIRECTORY data/ DESTINATION ${CMAKE_INSTALL_DATADIR}/kgb)
install(DIRECTORY schemas/ DESTINATION ${CMAKE_INSTALL_DATADIR}/kgb/schemas)
install(EXPORT kgTargets NAMESPACE kg:: DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/kg)
configure_package_config_file(cmake/kgConfig.cmake.in ${PROJECT_BINARY_DIR}/kgConfig.cmake
  INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/kg)
write_basic_package_version_file(${PROJECT_BINARY_DIR}/kgConfigVersion.cmake COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/kgConfig.cmake ${PROJECT_BINARY_DIR}/kgConfigVersion.cmake
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/kg)
