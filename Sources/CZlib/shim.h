#ifndef AGENDA_CZLIB_SHIM_H
#define AGENDA_CZLIB_SHIM_H
#include <zlib.h>

/// zlib's raw-deflate initialisation; `inflateInit2` is a macro Swift cannot call.
static inline int agenda_inflate_init_raw(z_streamp stream) {
    return inflateInit2(stream, -MAX_WBITS);
}
/// zlib's raw-deflate initialisation for writing, at zlib's default level (6: within a few per
/// cent of the best compression at a fraction of its time) and the default memory level;
/// `deflateInit2` is a macro Swift cannot call.
static inline int agenda_deflate_init_raw(z_streamp stream) {
    return deflateInit2(stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
}
#endif
