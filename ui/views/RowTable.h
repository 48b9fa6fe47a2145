// SPDX-License-Identifier: Apache-2.0
#pragma once

class QTableView;

// The look every table of records shares: whole rows selected (several at once), striped, one
// line per row, no row numbers.
void setUpRowTable(QTableView *view);
