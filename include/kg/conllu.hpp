#pragma once
// CoNLL-U reading (treebanks for training and evaluation) and writing (`kgb parse`).
#include <iosfwd>
#include <string>
#include <vector>

#include "kg/doc.hpp"

namespace kg {

// Reads CoNLL-U into one Doc per "# newdoc" (or one Doc for a file without them).
// Multiword-token lines and empty nodes are skipped (syntactic words are kept);
// Doc::text is rebuilt from the forms and SpaceAfter=No, with token offsets into it;
// all columns are kept, MISC in Token::misc. Throws kg::InputError with the line number.
std::vector<Doc> read_conllu(std::istream& in, const std::string& filename);

// Writes every sentence with "# sent_id", "# text" and, in MISC, TokenRange=START:END
// (code point offsets into Doc::text) and SpaceAfter=No where it applies.
void write_conllu(const Doc& doc, std::ostream& out);

}  // namespace kg
