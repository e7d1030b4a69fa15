#pragma once

// The answer of an asynchronous call that reports through a callback, waited for with the event
// loop running. A call that never answers stops the run: the tests after it would only hang too.

#include <optional>
#include <QTest>

// `call` receives the callback to hand on: waitForAnswer<Result<X>>([&](auto done) { api.get(id, done); })
template<typename T, typename Call> T waitForAnswer(Call &&call, int timeoutMs = 5000)
{
    std::optional<T> captured;
    call([&captured](const T &r) { captured = r; });
    if (!QTest::qWaitFor([&] { return captured.has_value(); }, timeoutMs))
        qFatal("no answer within %d ms", timeoutMs);
    return *captured;
}
