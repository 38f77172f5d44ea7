#pragma once
// The context a cue word stands in, read by walking up the tree from it: negation
// ("did not condemn", "refused to", "no support"), modality ("could" -> possible,
// "planned to"/"will" -> planned, "called for" -> proposed, "reportedly" or someone's
// claim -> alleged), and whose claim it is (the speaker of "X said that ...", the
// owner of "a U.S. allegation that ...", "according to X", a quote's speaker).
#include <optional>
#include <vector>

#include "kg/relation.hpp"
#include "relations/argument_finder.hpp"
#include "relations/entity_resolver.hpp"

namespace kg::relations {

struct ClauseContext {
  Polarity polarity = Polarity::positive;
  Modality modality = Modality::asserted;
  int attributed_to = -1;  // entity index of the claim's owner
  TokenId speech = no_token;  // the word of saying or claiming, when attributed
};

class ContextReader {
 public:
  ContextReader(const ParseView& view, const Lexicon& lexicon, const ArgumentFinder& finder,
                const EntityResolver& resolver)
      : view_(view), lexicon_(lexicon), finder_(finder), resolver_(resolver) {}

  ClauseContext read(TokenId trigger) const;

 private:
  // The entity whose claim a speech verb or claim noun reports.
  int speaker_of(TokenId speech) const;
  bool negates(TokenId t) const;  // t has a negating dependent
  void local_modality(TokenId t, std::vector<Modality>& found, bool& would) const;

  const ParseView& view_;
  const Lexicon& lexicon_;
  const ArgumentFinder& finder_;
  const EntityResolver& resolver_;
};

}  // namespace kg::relations
