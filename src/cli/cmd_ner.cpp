// kgb ner [FILE|-]: the entity mentions of a text (type, character span, text) and the
// canonical entity each denotes, after recognition, linking, roles and coreference.
#include <filesystem>
#include <iostream>
#include <memory>
#include <sstream>

#include <fmt/core.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <fmt/ostream.h>

#include "cli/command.hpp"
#include "kg/conllu.hpp"
#include "kg/entities.hpp"
#include "kg/file_io.hpp"
#include "kg/lemmatizer.hpp"
#include "kg/parser.hpp"
#include "kg/pipeline.hpp"
#include "kg/tagger.hpp"
#include "kg/tokenizer.hpp"

namespace {

struct Options {
  std::string input = "-";
  std::string output = "-";
  std::string format = "text";
  bool conllu = false;
  bool gold_syntax = false;
};

// The UniversalNER type of a mention (PER, ORG, LOC), or empty: demonyms, pronouns,
// descriptions, weapons and events are not names in its scheme.
std::string uner_type(const kg::Mention& m) {
  if (m.source == kg::mention_source::demonym || m.source == kg::mention_source::coref) return {};
  if (m.type == "Person") return "PER";
  if (m.type == "Organization") return "ORG";
  if (m.type == "State" || m.type == "Location") return "LOC";
  return {};
}

void write_text(const kg::Doc& doc, std::ostream& out) {
  for (const auto& m : doc.mentions) {
    const auto start = doc.char_offset(doc.tokens[m.begin].start);
    const auto end = doc.char_offset(doc.tokens[m.end - 1].end);
    std::string entity = "-";
    if (m.entity >= 0) {
      const auto& e = doc.entities[static_cast<std::size_t>(m.entity)];
      entity = fmt::format("{} [{}]", e.label, e.id);
    }
    fmt::print(out, "{:>6}-{:<6} {:<12} {:<40} {} ({})\n", start, end, m.type, doc.span_text(m.begin, m.end), entity, m.source);
  }
}

void write_tsv(const kg::Doc& doc, std::ostream& out) {
  fmt::print(out, "start\tend\ttype\ttext\tentity\tlabel\tsource\n");
  for (const auto& m : doc.mentions) {
    std::string id, label;
    if (m.entity >= 0) {
      id = doc.entities[static_cast<std::size_t>(m.entity)].id;
      label = doc.entities[static_cast<std::size_t>(m.entity)].label;
    }
    fmt::print(out, "{}\t{}\t{}\t{}\t{}\t{}\t{}\n", doc.char_offset(doc.tokens[m.begin].start),
               doc.char_offset(doc.tokens[m.end - 1].end), m.type, doc.span_text(m.begin, m.end), id, label, m.source);
  }
}

// One line per token (INDEX, FORM, IOB2 tag), a blank line after each sentence: the
// layout of UniversalNER's files, for scoring against them.
void write_iob2(const kg::Doc& doc, std::ostream& out) {
  std::vector<std::string> tags(doc.tokens.size(), "O");
  for (const auto& m : doc.mentions) {
    const auto type = uner_type(m);
    if (type.empty()) continue;
    for (auto t = m.begin; t < m.end; ++t) tags[t] = (t == m.begin ? "B-" : "I-") + type;
  }
  for (const auto& s : doc.sentences) {
    for (auto t = s.begin; t < s.end; ++t) fmt::print(out, "{}\t{}\t{}\n", t - s.begin + 1, doc.tokens[t].form, tags[t]);
    fmt::print(out, "\n");
  }
}

// One JSON object per document (JSON Lines): its mentions, with sentence index and
// token range within the sentence as well as code point offsets, and its entities.
void write_json(const kg::Doc& doc, std::ostream& out) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
  w.StartObject();
  w.Key("document");
  w.String(doc.info.id.c_str());
  w.Key("mentions");
  w.StartArray();
  for (const auto& m : doc.mentions) {
    const auto sentence = doc.sentence_of(m.begin);
    const auto first = doc.sentences[sentence].begin;
    w.StartObject();
    w.Key("start");
    w.Uint64(doc.char_offset(doc.tokens[m.begin].start));
    w.Key("end");
    w.Uint64(doc.char_offset(doc.tokens[m.end - 1].end));
    w.Key("sentence");
    w.Uint64(sentence);
    w.Key("tokens");
    w.StartArray();
    w.Uint64(m.begin - first);
    w.Uint64(m.end - first);
    w.EndArray();
    w.Key("type");
    w.String(m.type.c_str());
    w.Key("text");
    w.String(doc.span_text(m.begin, m.end).c_str());
    w.Key("entity");
    w.String(m.entity >= 0 ? doc.entities[static_cast<std::size_t>(m.entity)].id.c_str() : "");
    w.Key("source");
    w.String(m.source.c_str());
    w.EndObject();
  }
  w.EndArray();
  w.Key("entities");
  w.StartArray();
  for (const auto& e : doc.entities) {
    w.StartObject();
    w.Key("id");
    w.String(e.id.c_str());
    w.Key("label");
    w.String(e.label.c_str());
    w.Key("type");
    w.String(e.type.c_str());
    w.Key("aliases");
    w.StartArray();
    for (const auto& a : e.aliases) w.String(a.c_str());
    w.EndArray();
    w.Key("attributes");
    w.StartObject();
    for (const auto& [k, v] : e.attributes) {
      w.Key(k.c_str());
      w.String(v.c_str());
    }
    w.EndObject();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  out << buffer.GetString() << '\n';
}

void write_entities(const kg::Doc& doc, std::ostream& out) {
  fmt::print(out, "\nentities:\n");
  for (const auto& e : doc.entities) {
    std::string aliases, attributes;
    for (const auto& a : e.aliases) aliases += (aliases.empty() ? "" : ", ") + a;
    for (const auto& [k, v] : e.attributes) attributes += fmt::format("{}{}={}", attributes.empty() ? "" : "; ", k, v);
    fmt::print(out, "  {:<32} {:<12} {}{}{}\n", e.id, e.type, e.label, aliases.empty() ? "" : "  aka " + aliases,
               attributes.empty() ? "" : "  {" + attributes + "}");
  }
  if (!doc.relations.empty()) fmt::print(out, "\nroles:\n");
  for (const auto& r : doc.relations) fmt::print(out, "  {} {} {}  ({})\n", r.source, r.type, r.target, r.rule);
}

kg::Pipeline entity_pipeline(bool tokenize, bool syntax) {
  kg::Pipeline p;
  if (tokenize) p.add(std::make_unique<kg::Tokenizer>());
  if (syntax) {
    p.add(std::make_unique<kg::Tagger>(kg::Tagger::load_default()));
    p.add(std::make_unique<kg::Lemmatizer>(kg::Lemmatizer::load_default()));
    p.add(std::make_unique<kg::DependencyParser>(kg::DependencyParser::load_default()));
  }
  p.add(std::make_unique<kg::EntityRecognizer>(kg::EntityRecognizer::load_default()));
  p.add(std::make_unique<kg::EntityLinker>(kg::EntityLinker::load_default()));
  p.add(std::make_unique<kg::RoleExtractor>(kg::RoleExtractor::load_default()));
  p.add(std::make_unique<kg::Coreference>(kg::Coreference::load_default()));
  return p;
}

int run(const Options& o) {
  const std::string name = o.input == "-" ? "<stdin>" : o.input;
  const std::string text = kg::read_file(o.input);
  kg::check_utf8(text, name, true);
  std::vector<kg::Doc> docs;
  if (o.conllu) {
    std::istringstream in(text);
    docs = kg::read_conllu(in, name);
  } else {
    kg::Doc doc;
    doc.text = text;
    doc.info.id = o.input == "-" ? std::string() : std::filesystem::path(o.input).filename().string();
    docs.push_back(std::move(doc));
  }
  const kg::Pipeline pipeline = entity_pipeline(!o.conllu, !o.gold_syntax);
  for (auto& doc : docs) {
    if (o.conllu && !o.gold_syntax)
      for (auto& t : doc.tokens) t.upos.clear(), t.xpos.clear(), t.lemma.clear(), t.feats.clear(), t.head = -1, t.deprel.clear();
    pipeline.process(doc);
  }
  kg::write_file_atomically(o.output, [&](std::ostream& out) {
    for (const auto& doc : docs) {
      if (o.format == "iob2") write_iob2(doc, out);
      else if (o.format == "tsv") write_tsv(doc, out);
      else if (o.format == "json") write_json(doc, out);
      else {
        if (docs.size() > 1) fmt::print(out, "# document {}\n", doc.info.id);
        write_text(doc, out);
        write_entities(doc, out);
      }
    }
  });
  return 0;
}

kg::cli::Run setup(CLI::App& app) {
  auto o = std::make_shared<Options>();
  app.add_option("FILE", o->input, "UTF-8 text (- or nothing reads stdin)");
  app.add_option("-o,--output", o->output, "File to write (default: stdout)");
  app.add_option("--format", o->format,
                 "text (mentions and entities), tsv, json (one object per document), or iob2 (PER/ORG/LOC per token)")
      ->check(CLI::IsMember({"text", "tsv", "json", "iob2"}))
      ->capture_default_str();
  app.add_flag("--conllu", o->conllu, "FILE is CoNLL-U: keep its tokens and sentences (tagged and parsed again)");
  app.add_flag("--gold-syntax", o->gold_syntax, "With --conllu: keep the file's tags and trees");
  return [o] {
    if (o->gold_syntax && !o->conllu) throw kg::cli::UsageError("--gold-syntax needs --conllu");
    return run(*o);
  };
}

}  // namespace

static const kg::cli::Registration registration{
    "ner", "List the entity mentions of a text: type, character span, text and canonical entity", 57, setup};
