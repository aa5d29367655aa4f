// A reference facts file (dated events, office holders and their terms).
#include "checker/engine/facts.hpp"
#include "fuzz/fuzz_support.hpp"

using namespace crosscheck;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto file = fuzz::write_scratch_file("facts/facts.yaml", fuzz::input_text(data, size));
  fuzz::expect_input_errors([&] {
    ReferenceFacts facts;
    facts.add_file(file);
    for (const auto& event : facts.events) facts.event(event.id);
    for (const auto& office : facts.offices) facts.office(office.person, office.title);
  });
  return 0;
}
