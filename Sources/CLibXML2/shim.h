#ifndef AGENDA_CLIBXML2_SHIM_H
#define AGENDA_CLIBXML2_SHIM_H

// Debian builds libxml2 with ICU, whose headers clash with the ICU that Foundation brings.
// Nothing here needs libxml2's ICU support, so turn it off before any other libxml header.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/relaxng.h>
#include <libxml/xmlreader.h>

/// Frees memory libxml2 allocated; Swift 6 cannot touch the global `xmlFree` directly.
static inline void agenda_xml_free(void *pointer) {
    xmlFree(pointer);
}

#endif
