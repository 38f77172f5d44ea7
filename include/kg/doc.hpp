#pragma once
// Doc: the annotated text of one document, the structure every pipeline stage reads
// and fills in (as spaCy's Doc): the tokenizer adds tokens and sentences, the tagger
// upos/xpos/lemma, the parser head/deprel, the entity stage mentions and entities.
#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "kg/document.hpp"
#include "kg/entity.hpp"
#include "kg/relation.hpp"

namespace kg {

struct Token {
  std::string text;  // the bytes of the original text, [start, end)
  std::string form;  // what the models read: text with curly quotes/apostrophes made straight
  std::size_t start = 0;  // byte offsets into Doc::text
  std::size_t end = 0;
  bool space_after = true;
  // This word and the next are one surface token, a CoNLL-U multiword token
  // ("don't" = do + n't, "Russia's" = Russia + 's): their spans abut.
  bool fused_with_next = false;
  std::string upos, xpos, lemma, feats;
  int head = -1;  // index into Doc::tokens of the syntactic head; -1 for the sentence root
  std::string deprel;
  std::string misc;  // CoNLL-U MISC column as read (training data); not written by the pipeline
};

struct Sentence {
  std::size_t begin = 0;  // token range [begin, end) in Doc::tokens
  std::size_t end = 0;
  bool heading = false;   // a headline or line without final punctuation
};

// A mention of an entity: a token span, its type, and the document entity it denotes.
struct Mention {
  std::size_t begin = 0;  // token range [begin, end) in Doc::tokens
  std::size_t end = 0;
  std::string type;       // entity type (State, Person, ...)
  int entity = -1;        // index into Doc::entities; -1 while unresolved
  std::string source;     // what found it: "gazetteer", "model", "coref", ...
  double confidence = 1.0;
};

struct Doc {
  Document info;
  std::string text;  // the original UTF-8 text
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<Mention> mentions;
  std::vector<Entity> entities;  // this document's canonical entities
  std::vector<Relation> relations;  // extracted relations; source/target are Entity::id values

  std::span<const Token> sentence_tokens(std::size_t sentence) const {
    const auto& s = sentences.at(sentence);
    return std::span<const Token>(tokens).subspan(s.begin, s.end - s.begin);
  }
  // Index of the sentence that holds token `token`.
  std::size_t sentence_of(std::size_t token) const;
  // The original text of a token range [begin, end).
  std::string span_text(std::size_t begin, std::size_t end) const;
  // Unicode code point offset of a byte offset into text (for outputs users index by character).
  std::size_t char_offset(std::size_t byte_offset) const;
};

// One stage of the pipeline: reads and fills in a Doc. Components are immutable once
// loaded, so one instance may process many documents on many threads at once.
class Component {
 public:
  virtual ~Component() = default;
  virtual const char* name() const = 0;
  virtual void process(Doc& doc) const = 0;
};

}  // namespace kg
