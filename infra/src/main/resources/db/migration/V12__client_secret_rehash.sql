-- After a client authenticates, the authorization server re-hashes its secret with the current
-- password encoder (Argon2id) when it was stored with an older one: the platform may replace the
-- hash, nothing else of the client (row-level security keeps it to the client's own district).
grant update (secret_hash) on api_client to ${appRole};
