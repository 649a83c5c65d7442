# Storage and domain of sitrep-server: accounts, password hashing, session tokens, login
# throttling, the op log / change feed and the projections REST reads use.
target_sources(sitrep_server_lib PRIVATE
    auth/PasswordHasher.h auth/PasswordHasher.cpp
    auth/Tokens.h auth/Tokens.cpp
    auth/LoginThrottle.h auth/LoginThrottle.cpp
    storage/StorageLog.h storage/StorageLog.cpp
    storage/ServerSchema.h storage/ServerSchema.cpp
    storage/OpPayloads.h storage/OpPayloads.cpp
    storage/ServerStoreRows.h
    storage/AuditLog.h storage/AuditLog.cpp
    storage/ServerStore.h storage/ServerStore.cpp
    storage/ServerStoreOps.cpp
    storage/ServerStoreQueries.cpp
)
