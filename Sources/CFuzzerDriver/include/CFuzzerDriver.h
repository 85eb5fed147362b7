#ifndef AGENDA_CFUZZERDRIVER_H
#define AGENDA_CFUZZERDRIVER_H
#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver. When the fuzz target is built with -sanitize=fuzzer, libFuzzer's own
/// definition is used; otherwise a stand-in explains how to build it.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
