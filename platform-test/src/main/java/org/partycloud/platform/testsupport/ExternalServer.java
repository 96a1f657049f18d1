package org.partycloud.platform.testsupport;

/** A PostgreSQL server named by URL; the database part of the URL is replaced per test database. */
record ExternalServer(String base, String username, String password) implements TestPostgres.Server {

    static ExternalServer of(String url, String username, String password) {
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        int query = url.indexOf('?');
        String base = slash < 0 ? url : url.substring(0, slash);
        String params = query < 0 ? "" : url.substring(query);
        return new ExternalServer(base + "/%s" + params, username, password);
    }

    @Override
    public String jdbcUrl(String database) {
        return base.formatted(database);
    }

    @Override
    public String kind() {
        return "external " + base.formatted("…");
    }
}
