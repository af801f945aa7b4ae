// libpq, PostgreSQL's C client library (Debian: libpq-dev for the header, libpq5 at run time), loaded only when
// govctl first needs it: a postgresql:// state. Linked at start, libpq and the 21 libraries it pulls in (TLS,
// Kerberos, LDAP) doubled the cost of every govctl run, a check on a file or `--version` alike (7 ms of CPU for
// 14). So govctl does not link libpq: the functions below, each named `govctl_` and the libpq function it calls,
// find it with dlopen and dlsym on first use. The header gives the types, constants and signatures; `__typeof__`
// only reads a signature and makes no reference that the linker must resolve.
#include <dlfcn.h>
#include <stddef.h>
#include <postgresql/libpq-fe.h>

// libpq's handle, opened once (dlopen is thread-safe and returns the same handle when called again).
static inline void *govctl_libpq(void) {
    static void *handle;
    void *loaded = __atomic_load_n(&handle, __ATOMIC_ACQUIRE);
    if (loaded == NULL) {
        loaded = dlopen("libpq.so.5", RTLD_NOW | RTLD_LOCAL);
        if (loaded != NULL) __atomic_store_n(&handle, loaded, __ATOMIC_RELEASE);
    }
    return loaded;
}

static inline void *govctl_libpq_symbol(const char *name) {
    void *library = govctl_libpq();
    return library == NULL ? NULL : dlsym(library, name);
}

// Why libpq could not be loaded (dlerror's text), or NULL when it is loaded.
static inline const char *govctl_libpq_load_error(void) {
    if (govctl_libpq() != NULL) return NULL;
    const char *error = dlerror();
    return error == NULL ? "libpq.so.5 could not be loaded" : error;
}

// The first function below that the loaded libpq lacks, or NULL when it has them all (checked before any is used,
// so that no call finds one missing halfway).
static inline const char *govctl_libpq_missing_function(void) {
    static const char *const names[] = {
        "PQconnectdb", "PQstatus", "PQerrorMessage", "PQfinish", "PQexec", "PQclear", "PQresultStatus",
        "PQntuples", "PQnfields", "PQgetisnull", "PQgetvalue", "PQresultErrorField", "PQresultErrorMessage",
        "PQescapeLiteral", "PQfreemem",
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (govctl_libpq_symbol(names[i]) == NULL) return names[i];
    }
    return NULL;
}

// libpq's function NAME with its own signature, or NULL.
#define GOVCTL_LIBPQ(name) ((__typeof__(&name))govctl_libpq_symbol(#name))

// Each function returns what libpq's would when it cannot do its work (NULL, a bad status, 0) if libpq or the
// function is missing; callers check govctl_libpq_load_error() and govctl_libpq_missing_function() first.
static inline PGconn *govctl_PQconnectdb(const char *conninfo) {
    __typeof__(&PQconnectdb) f = GOVCTL_LIBPQ(PQconnectdb);
    return f == NULL ? NULL : f(conninfo);
}
static inline ConnStatusType govctl_PQstatus(const PGconn *conn) {
    __typeof__(&PQstatus) f = GOVCTL_LIBPQ(PQstatus);
    return f == NULL ? CONNECTION_BAD : f(conn);
}
static inline char *govctl_PQerrorMessage(const PGconn *conn) {
    __typeof__(&PQerrorMessage) f = GOVCTL_LIBPQ(PQerrorMessage);
    return f == NULL ? NULL : f(conn);
}
static inline void govctl_PQfinish(PGconn *conn) {
    __typeof__(&PQfinish) f = GOVCTL_LIBPQ(PQfinish);
    if (f != NULL) f(conn);
}
static inline PGresult *govctl_PQexec(PGconn *conn, const char *query) {
    __typeof__(&PQexec) f = GOVCTL_LIBPQ(PQexec);
    return f == NULL ? NULL : f(conn, query);
}
static inline void govctl_PQclear(PGresult *res) {
    __typeof__(&PQclear) f = GOVCTL_LIBPQ(PQclear);
    if (f != NULL) f(res);
}
static inline ExecStatusType govctl_PQresultStatus(const PGresult *res) {
    __typeof__(&PQresultStatus) f = GOVCTL_LIBPQ(PQresultStatus);
    return f == NULL ? PGRES_FATAL_ERROR : f(res);
}
static inline int govctl_PQntuples(const PGresult *res) {
    __typeof__(&PQntuples) f = GOVCTL_LIBPQ(PQntuples);
    return f == NULL ? 0 : f(res);
}
static inline int govctl_PQnfields(const PGresult *res) {
    __typeof__(&PQnfields) f = GOVCTL_LIBPQ(PQnfields);
    return f == NULL ? 0 : f(res);
}
static inline int govctl_PQgetisnull(const PGresult *res, int row, int column) {
    __typeof__(&PQgetisnull) f = GOVCTL_LIBPQ(PQgetisnull);
    return f == NULL ? 1 : f(res, row, column);
}
static inline char *govctl_PQgetvalue(const PGresult *res, int row, int column) {
    __typeof__(&PQgetvalue) f = GOVCTL_LIBPQ(PQgetvalue);
    return f == NULL ? NULL : f(res, row, column);
}
static inline char *govctl_PQresultErrorField(const PGresult *res, int code) {
    __typeof__(&PQresultErrorField) f = GOVCTL_LIBPQ(PQresultErrorField);
    return f == NULL ? NULL : f(res, code);
}
static inline char *govctl_PQresultErrorMessage(const PGresult *res) {
    __typeof__(&PQresultErrorMessage) f = GOVCTL_LIBPQ(PQresultErrorMessage);
    return f == NULL ? NULL : f(res);
}
static inline char *govctl_PQescapeLiteral(PGconn *conn, const char *str, size_t length) {
    __typeof__(&PQescapeLiteral) f = GOVCTL_LIBPQ(PQescapeLiteral);
    return f == NULL ? NULL : f(conn, str, length);
}
static inline void govctl_PQfreemem(void *ptr) {
    __typeof__(&PQfreemem) f = GOVCTL_LIBPQ(PQfreemem);
    if (f != NULL) f(ptr);
}
