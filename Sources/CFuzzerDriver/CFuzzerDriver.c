#include "CFuzzerDriver.h"
#include <stdio.h>

// A weak stand-in: libFuzzer's strong definition replaces it in builds with -sanitize=fuzzer.
__attribute__((weak)) int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *, size_t)) {
    (void)argc;
    (void)argv;
    (void)callback;
    fprintf(stderr, "error: this build has no fuzzer; run Scripts/fuzz.sh, which builds it with -sanitize=fuzzer\n");
    return 2;
}
