// SPDX-License-Identifier: Apache-2.0
// The token endpoint's answer and the two discovery documents, as the token provider reads them.
#include "cxone/TokenGrant.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const std::optional<TokenGrant> grant = TokenGrant::parse(body)) {
        // What a grant promises: a token to send and a lifetime the refresh timer can hold.
        if (grant->accessToken.isEmpty() || grant->expiresInSeconds <= 0
            || grant->expiresInSeconds > qint64(366) * 24 * 3600) {
            __builtin_trap();
        }
    }
    for (const auto &read : { &Discovery::tokenEndpoint, &Discovery::apiEndpoint }) {
        if (const std::optional<QUrl> url = read(body)) {
            // Never a URL Vigie would send credentials to without TLS off the machine.
            if (!url->isValid()
                || (url->scheme() != QLatin1String("https") && url->scheme() != QLatin1String("http"))) {
                __builtin_trap();
            }
        }
    }
    return 0;
}
