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

/// libxml2 writes some errors straight to stderr whatever the parse options say (a duplicate
/// `xml:id` is a "validity error" sent through the thread's generic handler). A document is
/// untrusted input: while it is parsed, those go nowhere; the parser context still records the
/// last error, which the reader turns into one sentence.
static void agenda_xml_ignore_generic(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

static void agenda_xml_ignore_structured(void *context, void *error) {
    (void)context;
    (void)error;
}

/// Silences libxml2's error output on this thread until `agenda_xml_restore_errors`.
static inline void agenda_xml_silence_errors(void) {
    xmlSetGenericErrorFunc(NULL, agenda_xml_ignore_generic);
    xmlSetStructuredErrorFunc(NULL, (xmlStructuredErrorFunc)agenda_xml_ignore_structured);
}

/// Gives this thread libxml2's default error output back (Foundation's XML parser shares it).
static inline void agenda_xml_restore_errors(void) {
    xmlSetGenericErrorFunc(NULL, NULL);
    xmlSetStructuredErrorFunc(NULL, NULL);
}

#endif
