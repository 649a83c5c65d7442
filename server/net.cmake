# Network layer of sitrep-server: TLS identity, the Beast HTTPS listener and its limits,
# and the entry points main.cpp calls (routes, admin commands).
target_sources(sitrep_server_lib PRIVATE
    ServerLog.h ServerLog.cpp
    tls/TlsIdentity.h tls/TlsIdentity.cpp
    http/HttpServer.h http/HttpServer.cpp
    http/HttpListener.h http/HttpListener.cpp
    http/HttpSession.h http/HttpSession.cpp
    http/WebSocketSession.h http/WebSocketSession.cpp
    http/ConnectionRegistry.h http/ConnectionRegistry.cpp
    http/BeastMessages.h http/BeastMessages.cpp
    Api.h Api.cpp
    AdminCommands.h AdminCommands.cpp
    DemoSeed.h DemoSeed.cpp
)
