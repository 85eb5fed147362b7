#ifndef AGENDA_CZLIB_SHIM_H
#define AGENDA_CZLIB_SHIM_H
#include <zlib.h>

/// zlib's raw-deflate initialisation; `inflateInit2` is a macro Swift cannot call.
static inline int agenda_inflate_init_raw(z_streamp stream) {
    return inflateInit2(stream, -MAX_WBITS);
}
#endif
