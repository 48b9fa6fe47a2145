// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QTableView;

// The look every table of records shares: whole rows selected (several at once), striped, one
// line per row, no row numbers.
void setUpRowTable(QTableView *view);
