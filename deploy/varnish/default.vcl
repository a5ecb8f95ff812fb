vcl 4.1;
# Varnish in front of the gunicorn nodes. It keeps what the app marks `public, s-maxage=N`
# (anonymous pages the page cache keeps too, tweakments/delivery/pages.py) and nothing else:
# a visitor's searches and other private answers pass. Any change a public page can show
# purges the whole site (`PURGE /*`, sent through wagtail.contrib.frontend_cache; settings:
# VARNISH_URL). Editors (session cookie), the admin and POSTs always pass through.
# Tested by tests/e2e/test_varnish_edge_cache.py and test_two_nodes.py (ports replaced there).

import directors;

backend app1 { .host = "127.0.0.1"; .port = "8000"; }
# backend app2 { .host = "10.0.0.12"; .port = "8000"; }

acl purgers { "127.0.0.1"; "::1"; }

sub vcl_init {
    new nodes = directors.round_robin();
    nodes.add_backend(app1);
}

sub vcl_recv {
    set req.backend_hint = nodes.backend();
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) { return (synth(405, "Not allowed")); }
        if (req.url == "/*") {
            # The whole site, every path and query string: what the app sends on any change.
            ban("obj.http.x-host == " + req.http.host);
        } else {
            # One path, with every query-string variant of it.
            ban("obj.http.x-path == " + regsub(req.url, "\?.*$", "") + " && obj.http.x-host == " + req.http.host);
        }
        return (synth(200, "Purged"));
    }
    if (req.method != "GET" && req.method != "HEAD") { return (pass); }
    if (req.url ~ "^/(admin|documents)/") { return (pass); }
    if (req.http.Cookie ~ "sessionid=") { return (pass); }
    # Anonymous readers: the csrftoken cookie (after a form) doesn't change the page.
    unset req.http.Cookie;
    return (hash);
}

sub vcl_backend_response {
    set beresp.http.x-path = regsub(bereq.url, "\?.*$", "");
    set beresp.http.x-host = bereq.http.host;
    if (beresp.http.Set-Cookie || beresp.http.Cache-Control !~ "public") {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
}

sub vcl_deliver {
    unset resp.http.x-path;
    unset resp.http.x-host;
}
