# Storage and domain of sitrep-server: accounts, password hashing, session tokens, login
# throttling, the op log / change feed and the projections REST reads use.
target_sources(sitrep_server_lib PRIVATE
    auth/PasswordHasher.h auth/PasswordHasher.cpp
    auth/Tokens.h auth/Tokens.cpp
    auth/LoginThrottle.h auth/LoginThrottle.cpp
    auth/Permissions.h auth/Permissions.cpp
    storage/StorageLog.h storage/StorageLog.cpp
    storage/ServerSchema.h storage/ServerSchema.cpp
    storage/ServerDb.h storage/ServerDb.cpp
    storage/SqliteServerDb.h storage/SqliteServerDb.cpp
    storage/PostgresUrl.h storage/PostgresUrl.cpp
    storage/PostgresServerDb.h storage/PostgresServerDb.cpp
    storage/PostgresChangeListener.h storage/PostgresChangeListener.cpp
    storage/OpPayloads.h storage/OpPayloads.cpp
    storage/SetMerge.h storage/SetMerge.cpp
    storage/ServerStoreRows.h
    storage/AuditLog.h storage/AuditLog.cpp
    storage/ServerStore.h storage/ServerStore.cpp
    storage/ServerStoreOps.cpp
    storage/ServerStoreQueries.cpp
)
# PostgreSQL through QtSql's QPSQL driver (storage/PostgresServerDb.h). Only the server
# links QtSql; core stays on the SQLite C API.
target_link_libraries(sitrep_server_lib PRIVATE Qt6::Sql)
