// The shared doctest entry point: every layer's test binary links this one object.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
