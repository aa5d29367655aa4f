// Declares the time-of-day rules, the symbol tables they read through the parse context, and
// the one context type they are instantiated for (see times.cpp).
#pragma once

#include <functional>

#include "grammars/config.hpp"
#include "grammars/stages_parsers.hpp"
#include "grammars/times_ast.hpp"

namespace crosscheck::grammars::times {

// Filled from the lexicon sections time_* (lexicon/en/times.yaml).
struct Symbols {
  SymbolTable leads, qualifiers, meridiems, zones;
};

struct symbols_tag;
using skipper_type = ascii_space_parser;
using context_type =
    x3::context<symbols_tag, const std::reference_wrapper<const Symbols>, x3::phrase_parse_context<skipper_type>::type>;

using clock_type = x3::rule<struct clock_class, ast::ClockReading>;
using four_digits_type = x3::rule<struct four_digits_class, unsigned>;
using bare_hour_type = x3::rule<struct bare_hour_class, unsigned>;
using meridiem_type = x3::rule<struct meridiem_class, std::string>;
using zone_type = x3::rule<struct zone_class, std::string>;
using lead_type = x3::rule<struct lead_class, std::string>;
using qualifier_type = x3::rule<struct qualifier_class, std::string>;
using open_conversion_type = x3::rule<struct open_conversion_class>;
using close_conversion_type = x3::rule<struct close_conversion_class>;
BOOST_SPIRIT_DECLARE(clock_type, four_digits_type, bare_hour_type, meridiem_type, zone_type, lead_type, qualifier_type,
                     open_conversion_type, close_conversion_type)

// "4:17", "04:17", "10.30": one or two digits of hours, ':' or '.', two digits of minutes,
// no digit after.
clock_type const& clock();
// "0117" (a time only with a zone after it: "0117 GMT").
four_digits_type const& four_digits();
// "3" in "3 p.m.", "4pm".
bare_hour_type const& bare_hour();
// "a.m.", "pm": canonical am or pm.
meridiem_type const& meridiem();
// "local time", "GMT", "EDT": canonical from time_zones.
zone_type const& zone();
// "at", "around", "shortly after": a word that makes a bare clock reading a time.
lead_type const& lead();
// "about", "shortly after": canonical qualifier (about, more_than, fewer_than).
qualifier_type const& qualifier();
// "(" before a conversion into another zone ("04:17 (0117 GMT)"), and ")" after it.
open_conversion_type const& open_conversion();
close_conversion_type const& close_conversion();

}  // namespace crosscheck::grammars::times
