// One rule file, validated against the check registry and the shipped lexicon's vocabulary.
#include <set>

#include "checker/claims/extract.hpp"
#include "checker/engine/rule.hpp"
#include "fuzz/fuzz_support.hpp"

using namespace crosscheck;

namespace {

const RuleVocabulary& shipped_vocabulary() {
  static const RuleVocabulary vocabulary = [] {
    std::set<std::string> types;
    for (const auto& entry : test::shipped_lexicon().section("event_triggers")) types.insert(entry.value);
    return RuleVocabulary{{types.begin(), types.end()}, property_vocabulary(test::shipped_lexicon())};
  }();
  return vocabulary;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  shipped_vocabulary();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto file = fuzz::write_scratch_file("rules/rule.yaml", fuzz::input_text(data, size));
  fuzz::expect_input_errors([&] {
    const Rule rule = load_rule_file(file, &shipped_vocabulary());
    rule_info(rule);
    render_message(rule.message, {{"value", "1"}, {"other", "2"}});
  });
  return 0;
}
