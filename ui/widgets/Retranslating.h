// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QEvent>

// The one way Vigie's widgets follow a language switch: each writes its words in retranslate(),
// which its constructor calls once and every LanguageChange calls again. Installing a
// translator sends LanguageChange to every widget, so no widget retranslates another's words.
template <typename Base> class Retranslating : public Base
{
public:
    using Base::Base;

protected:
    virtual void retranslate() = 0;

    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange) {
            retranslate();
        }
        Base::changeEvent(event);
    }
};
