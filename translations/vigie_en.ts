<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccessibleParts</name>
    <message>
        <location filename="../ui/widgets/AccessibleParts.cpp" line="+53"/>
        <source>Clear “%1”</source>
        <extracomment>Accessible name of the small button that empties a search or filter field</extracomment>
        <translation>Clear “%1”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Scroll the tabs left</source>
        <extracomment>Buttons shown when the tabs do not fit: show the tabs further left (right)</extracomment>
        <translation>Scroll the tabs left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll the tabs right</source>
        <translation>Scroll the tabs right</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select all rows</source>
        <extracomment>Accessible name of the button at the top left corner of a table</extracomment>
        <translation>Select all rows</translation>
    </message>
</context>
<context>
    <name>ActiveRecordingsModel</name>
    <message>
        <location filename="../ui/models/ActiveRecordingsModel.cpp" line="+160"/>
        <source>CXone&apos;s answer to this start was lost: %1 may be recording. Vigie keeps asking CXone; if CXone did start it, it ends by itself at %2.</source>
        <translation>CXone&apos;s answer to this start was lost: %1 may be recording. Vigie keeps asking CXone; if CXone did start it, it ends by itself at %2.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Stop or forget the unconfirmed recording of %1</source>
        <translation>Stop or forget the unconfirmed recording of %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop recording %1 (%2)</source>
        <extracomment>Accessible name of a Stop button whose Stop is kept for a later sign-in</extracomment>
        <translation>Stop recording %1 (%2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Contact ID: %1
Interaction ID: %2
Duration: %3</source>
        <extracomment>Tooltip of an active recording: the IDs CXone&apos;s support asks for, and the duration asked for</extracomment>
        <translation>Contact ID: %1
Interaction ID: %2
Duration: %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Started by</source>
        <extracomment>Column: the supervisor (access key) who started the recording</extracomment>
        <translation>Started by</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact ID</source>
        <translation>Contact ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interaction ID</source>
        <translation>Interaction ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started at</source>
        <translation>Started at</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ends at</source>
        <translation>Ends at</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action</source>
        <extracomment>Column holding each recording&apos;s Stop button</extracomment>
        <translation>Action</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Stop recording %1</source>
        <translation>Stop recording %1</translation>
    </message>
</context>
<context>
    <name>ActiveRecordingsView</name>
    <message>
        <location filename="../ui/views/ActiveRecordingsView.cpp" line="+93"/>
        <source>&amp;Stop this recording</source>
        <extracomment>Context menu of an active recording</extracomment>
        <translation>&amp;Stop this recording</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop this recording now (Delete)</source>
        <translation>Stop this recording now (Delete)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Extend this recording</source>
        <extracomment>Context menu of an active recording</extracomment>
        <translation>&amp;Extend this recording</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give this recording the duration chosen under Screen recording, from now: Vigie stops it and starts a new one</source>
        <translation>Give this recording the duration chosen under Screen recording, from now: Vigie stops it and starts a new one</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Forget this unconfirmed recording</source>
        <extracomment>Context menu of a recording CXone never confirmed</extracomment>
        <translation>&amp;Forget this unconfirmed recording</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop asking CXone about it; if CXone did start it, it goes on until its end time</source>
        <translation>Stop asking CXone about it; if CXone did start it, it goes on until its end time</translation>
    </message>
</context>
<context>
    <name>AgentStateText</name>
    <message>
        <location filename="../ui/text/AgentStateText.cpp" line="+7"/>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unavailable</source>
        <translation>Unavailable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inbound contact</source>
        <translation>Inbound contact</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outbound contact</source>
        <translation>Outbound contact</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inbound consult</source>
        <translation>Inbound consult</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outbound consult</source>
        <translation>Outbound consult</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dialer</source>
        <translation>Dialer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logged out</source>
        <translation>Logged out</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logged in</source>
        <translation>Logged in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>AgentTableModel</name>
    <message>
        <location filename="../ui/models/AgentTableModel.cpp" line="+59"/>
        <source>Waiting for CXone…</source>
        <translation>Waiting for CXone…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recording, %1 left</source>
        <translation>Recording, %1 left</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2</source>
        <extracomment>A running recording whose Stop waits: &quot;Recording, 0:12:00 left — Stop kept: sent when … signs in again&quot;</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At the recording policy&apos;s cap</source>
        <extracomment>In the agent list: the recording policy allows this agent no more recordings for now</extracomment>
        <translation>At the recording policy&apos;s cap</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1, screen recording off in CXone</source>
        <extracomment>Team cell read by screen readers: team name, then the warning</extracomment>
        <translation>%1, screen recording off in CXone</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1
User name: %2
Agent ID: %3
CXone user ID: %4
Recording API user-id: %5</source>
        <translation>%1
User name: %2
Agent ID: %3
CXone user ID: %4
Recording API user-id: %5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Supervisor in CXone</source>
        <translation>Supervisor in CXone</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>State</source>
        <extracomment>Column: the agent&apos;s CXone state (Available, Unavailable...)</extracomment>
        <translation>State</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In state for</source>
        <translation>In state for</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screen recording</source>
        <translation>Screen recording</translation>
    </message>
</context>
<context>
    <name>AgentsPanel</name>
    <message numerus="yes">
        <location filename="../ui/panels/AgentsPanel.cpp" line="+194"/>
        <source>%n agent(s) listed</source>
        <translation>
            <numerusform>%Ln agent listed</numerusform>
            <numerusform>%Ln agents listed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 of %n agent(s) listed</source>
        <extracomment>Status bar: agents the search and filters leave in the table, of the agents of the station</extracomment>
        <translation>
            <numerusform>%1 of %Ln agent listed</numerusform>
            <numerusform>%1 of %Ln agents listed</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear the filters</source>
        <extracomment>Button in the agent table when the search or the filters leave no agent: lists them all again</extracomment>
        <translation>Clear the filters</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear the search</source>
        <translation>Clear the search</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No agent matches the chosen team and state.</source>
        <translation>No agent matches the chosen team and state.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No agent matches “%1”.</source>
        <translation>No agent matches “%1”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in to CXone to see your agents (Session &gt; Sign in).</source>
        <translation>Sign in to CXone to see your agents (Session &gt; Sign in).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the agents…</source>
        <translation>Loading the agents…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent list could not be loaded. Try again with View &gt; Reload agents (F5).</source>
        <translation>The agent list could not be loaded. Try again with View &gt; Reload agents (F5).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No agent is listed for this station.</source>
        <translation>No agent is listed for this station.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>All teams</source>
        <translation>All teams</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+13"/>
        <source>Agents</source>
        <extracomment>Title of the box listing the agents</extracomment>
        <translation>Agents</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>&amp;Find an agent</source>
        <translation>&amp;Find an agent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search by name, user name or team (Ctrl+F)</source>
        <translation>Search by name, user name or team (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search agents</source>
        <translation>Search agents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type part of a name, a user name or a team</source>
        <translation>Type part of a name, a user name or a team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by team</source>
        <translation>Filter by team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the agents of one team</source>
        <translation>Show only the agents of one team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by state</source>
        <translation>Filter by state</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the agents in one state</source>
        <translation>Show only the agents in one state</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agents you may see and record</source>
        <extracomment>Accessible description of the line saying which agents this station lists</extracomment>
        <translation>Agents you may see and record</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select one or more agents; Enter moves to the duration, the Menu key or Shift+F10 opens the actions of the current one</source>
        <translation>Select one or more agents; Enter moves to the duration, the Menu key or Shift+F10 opens the actions of the current one</translation>
    </message>
</context>
<context>
    <name>AnnouncementLabel</name>
    <message>
        <location filename="../ui/widgets/AnnouncementLabel.cpp" line="+33"/>
        <source>Latest event</source>
        <extracomment>Accessible description of the status bar text that shows the latest event</extracomment>
        <translation>Latest event</translation>
    </message>
</context>
<context>
    <name>AppearanceMenu</name>
    <message>
        <location filename="../ui/menus/AppearanceMenu.cpp" line="+41"/>
        <source>A&amp;ppearance</source>
        <translation>A&amp;ppearance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As the &amp;system</source>
        <extracomment>Theme that follows the desktop&apos;s light or dark setting</extracomment>
        <translation>As the &amp;system</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Light</source>
        <extracomment>Light theme</extracomment>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dark</source>
        <extracomment>Dark theme</extracomment>
        <translation>&amp;Dark</translation>
    </message>
</context>
<context>
    <name>AuditHistoryDialog</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/AuditHistoryDialog.cpp" line="+103"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>vigie-audit-%1-%2.csv</source>
        <translation>vigie-audit-%1-%2.csv</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the audit trail</source>
        <translation>Export the audit trail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export failed: %1</source>
        <translation>The export failed: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Filter by agent</source>
        <translation>Filter by agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From date</source>
        <translation>From date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation>To date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by result</source>
        <translation>Filter by result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit entries</source>
        <translation>Audit entries</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Export to CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to CSV</source>
        <translation>Export to CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the entries shown as a CSV file that Excel opens</source>
        <translation>Save the entries shown as a CSV file that Excel opens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the entries shown as a CSV file in %1</source>
        <translation>Save the entries shown as a CSV file in %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All results</source>
        <translation>All results</translation>
    </message>
</context>
<context>
    <name>AuditMenu</name>
    <message>
        <location filename="../ui/menus/AuditMenu.cpp" line="+37"/>
        <source>A&amp;udit</source>
        <translation>A&amp;udit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Trail…</source>
        <extracomment>Audit menu: the list of every action and outcome, with filters and CSV export</extracomment>
        <translation>&amp;Trail…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Report…</source>
        <translation>&amp;Report…</translation>
    </message>
</context>
<context>
    <name>AuditReportDialog</name>
    <message>
        <location filename="../ui/dialogs/AuditReportDialog.cpp" line="+134"/>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Report saved to %1</source>
        <translation>Report saved to %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report could not be saved: %1</source>
        <translation>The report could not be saved: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Audit report</source>
        <translation>Audit report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day of the report</source>
        <translation>First day of the report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of the report</source>
        <translation>Last day of the report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report format</source>
        <translation>Report format</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PDF, with a chart</source>
        <translation>PDF, with a chart</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV, for Excel</source>
        <translation>CSV, for Excel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;List agents recorded more than:</source>
        <translation>&amp;List agents recorded more than:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List agents recorded more than this many times</source>
        <translation>List agents recorded more than this many times</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> times</source>
        <extracomment>Suffix of a number of times, e.g. &quot;5 times&quot;</extracomment>
        <translation> times</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pseudonymise agents and supervisors</source>
        <translation>&amp;Pseudonymise agents and supervisors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pseudonymise agents and supervisors</source>
        <translation>Pseudonymise agents and supervisors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show A01, S01… instead of names, for readers who must not see them</source>
        <translation>Show A01, S01… instead of names, for readers who must not see them</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create the report…</source>
        <translation>&amp;Create the report…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the report</source>
        <translation>Create the report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to save the report</source>
        <translation>Choose where to save the report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report in %1</source>
        <translation>Save the report in %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview of the report&apos;s first page</source>
        <translation>Preview of the report&apos;s first page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first page of the PDF, as it will print</source>
        <translation>The first page of the PDF, as it will print</translation>
    </message>
</context>
<context>
    <name>AuditReportDocument</name>
    <message>
        <location filename="../ui/report/AuditReportDocument.cpp" line="+151"/>
        <location line="+118"/>
        <source>Screen recording report</source>
        <translation>Screen recording report</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>From %1 to %2</source>
        <translation>From %1 to %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Produced by Vigie on %1, station %2, from the audit trail of the station.</source>
        <translation>Produced by Vigie on %1, station %2, from the audit trail of the station.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Produced by Vigie on %1 for the whole site, from the site registry&apos;s copy of the audit trails of %n station(s): %2.</source>
        <translation>
            <numerusform>Produced by Vigie on %1 for the whole site, from the site registry&apos;s copy of the audit trail of %Ln station: %2.</numerusform>
            <numerusform>Produced by Vigie on %1 for the whole site, from the site registry&apos;s copy of the audit trails of %Ln stations: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agents and supervisors appear under pseudonyms (A01, S01…), numbered in the order they first appear in this period.</source>
        <translation>Agents and supervisors appear under pseudonyms (A01, S01…), numbered in the order they first appear in this period.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The audit trail did NOT verify: %1. The figures below come from a trail that may have been altered.</source>
        <translation>The audit trail did NOT verify: %1. The figures below come from a trail that may have been altered.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Audit trails verified: the site registry holds %n entries, each station&apos;s an unbroken chain.</source>
        <translation>
            <numerusform>Audit trails verified: the site registry holds %Ln entry, each station&apos;s an unbroken chain.</numerusform>
            <numerusform>Audit trails verified: the site registry holds %Ln entries, each station&apos;s an unbroken chain.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Audit trail verified: its %n entries form an unbroken chain, and its end is the one the recording ledger kept.</source>
        <translation>
            <numerusform>Audit trail verified: its %n entry forms an unbroken chain, and its end is the one the recording ledger kept.</numerusform>
            <numerusform>Audit trail verified: its %n entries form an unbroken chain, and its end is the one the recording ledger kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Audit trail verified: its %n entries form an unbroken chain. The recording ledger kept no end to compare it with.</source>
        <translation>
            <numerusform>Audit trail verified: its %n entry forms an unbroken chain. The recording ledger kept no end to compare it with.</numerusform>
            <numerusform>Audit trail verified: its %n entries form an unbroken chain. The recording ledger kept no end to compare it with.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total recorded time</source>
        <translation>Total recorded time</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+31"/>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <location line="+9"/>
        <location line="+9"/>
        <source>Recorded time</source>
        <translation>Recorded time</translation>
    </message>
    <message>
        <location line="-129"/>
        <location line="+104"/>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+9"/>
        <source>No recordings in this period.</source>
        <translation>No recordings in this period.</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recordings per agent against the policy&apos;s caps</source>
        <translation>Recordings per agent against the policy&apos;s caps</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+102"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Purpose</source>
        <extracomment>Column of the report&apos;s purposes table: the longest single recording for that purpose</extracomment>
        <translation>Purpose</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Longest</source>
        <translation>Longest</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+117"/>
        <location line="+3"/>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>In force from %1 to %2</source>
        <extracomment>The report&apos;s policy section: from when to when, within the period, a policy was in force</extracomment>
        <translation>In force from %1 to %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No recording policy was in force during this period.</source>
        <translation>No recording policy was in force during this period.</translation>
    </message>
    <message numerus="yes">
        <location line="+152"/>
        <source>Agents recorded more than %n time(s)</source>
        <translation>
            <numerusform>Agents recorded more than %n time</numerusform>
            <numerusform>Agents recorded more than %n times</numerusform>
        </translation>
    </message>
    <message>
        <location line="-130"/>
        <location line="+10"/>
        <location line="+121"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>vigie-report-%1-%2.%3</source>
        <extracomment>File name of the monthly audit report; %1 and %2 are the first and last day, %3 the extension</extracomment>
        <translation>vigie-report-%1-%2.%3</translation>
    </message>
</context>
<context>
    <name>AuditReportText</name>
    <message>
        <location filename="../ui/report/AuditReportText.cpp" line="+13"/>
        <source>Figure</source>
        <extracomment>Column of the report&apos;s CSV: which figure the row gives</extracomment>
        <translation>Figure</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item</source>
        <extracomment>Column of the report&apos;s CSV: the team, supervisor, purpose... the figure is about</extracomment>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From</source>
        <extracomment>Start of the report&apos;s period</extracomment>
        <translation>From</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To</source>
        <extracomment>End of the report&apos;s period</extracomment>
        <translation>To</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recordings</source>
        <translation>Recordings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Of which extensions</source>
        <translation>Of which extensions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded time (hours)</source>
        <translation>Recorded time (hours)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recordings per team</source>
        <translation>Recordings per team</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded hours per team</source>
        <translation>Recorded hours per team</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recordings per supervisor</source>
        <translation>Recordings per supervisor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recordings per station</source>
        <translation>Recordings per station</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recordings per purpose</source>
        <translation>Recordings per purpose</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How recordings ended</source>
        <translation>How recordings ended</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped early</source>
        <translation>Stopped early</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended when their time was up</source>
        <translation>Ended when their time was up</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extended</source>
        <translation>Extended</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forgotten</source>
        <extracomment>How a recording ended: the supervisor told Vigie to forget it</extracomment>
        <translation>Forgotten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still running, or no end recorded</source>
        <translation>Still running, or no end recorded</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unconfirmed outcomes</source>
        <translation>Unconfirmed outcomes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts whose answer was lost</source>
        <translation>Starts whose answer was lost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmed as recording later</source>
        <translation>Confirmed as recording later</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never confirmed, time passed</source>
        <translation>Never confirmed, time passed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts refused or failed, by reason</source>
        <translation>Starts refused or failed, by reason</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agents recorded often</source>
        <translation>Agents recorded often</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listed when recorded more than (times)</source>
        <translation>Listed when recorded more than (times)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded hours per team and week</source>
        <translation>Recorded hours per team and week</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown team</source>
        <translation>unknown team</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no purpose given</source>
        <translation>no purpose given</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names pseudonymised</source>
        <translation>Names pseudonymised</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Station</source>
        <extracomment>A site&apos;s report: one of the stations whose audit trail it covers</extracomment>
        <translation>Station</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recording policy in force</source>
        <extracomment>The works council&apos;s recording policy, as the administrator set it</extracomment>
        <translation>Recording policy in force</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most recordings of the agent in 7 days</source>
        <translation>Most recordings of the agent in 7 days</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most recordings of the agent in 30 days</source>
        <translation>Most recordings of the agent in 30 days</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most minutes recorded of the agent in 30 days</source>
        <translation>Most minutes recorded of the agent in 30 days</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts refused by the recording policy</source>
        <translation>Starts refused by the recording policy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded hours per purpose</source>
        <translation>Recorded hours per purpose</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longest recording per purpose (hours)</source>
        <translation>Longest recording per purpose (hours)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No recording policy</source>
        <extracomment>The report&apos;s policy section: a stretch of the period when no recording policy was in force</extracomment>
        <translation>No recording policy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not recorded in the audit trail: the policy set when the report was made</source>
        <extracomment>The report&apos;s policy section: the trail records no policy for the period, so the one set now is shown</extracomment>
        <translation>not recorded in the audit trail: the policy set when the report was made</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 h %2 min</source>
        <extracomment>Recorded time: hours and minutes, e.g. &quot;12 h 05 min&quot;</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../ui/report/WeeklyHoursChart.cpp" line="+53"/>
        <source>Week starting</source>
        <translation>Week starting</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../ui/models/AuditTableModel.cpp" line="+63"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact ID</source>
        <translation>Contact ID</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <location filename="../ui/text/AuditText.cpp" line="+10"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extend</source>
        <translation>Extend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forget</source>
        <extracomment>Audit action: the supervisor removed a recording Vigie could no longer account for</extracomment>
        <translation>Forget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retention purge</source>
        <translation>Retention purge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovery</source>
        <extracomment>Audit action: Vigie settled what a crash left behind</extracomment>
        <translation>Recovery</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Daily notice</source>
        <extracomment>Audit action: the recording policy&apos;s notice, confirmed once a day before recording</extracomment>
        <translation>Daily notice</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recording policy</source>
        <extracomment>Audit action: the works council&apos;s recording policy in force on the station, recorded when it changes</extracomment>
        <translation>Recording policy</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Asked of CXone</source>
        <extracomment>Audit result: the start was asked of CXone; its outcome is in a later entry</extracomment>
        <translation>Asked of CXone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already recording</source>
        <translation>Already recording</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer lost: may be recording</source>
        <translation>Answer lost: may be recording</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirmed recording</source>
        <extracomment>Audit result: a start whose answer was lost turned out to be recording</extracomment>
        <translation>Confirmed recording</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused</source>
        <extracomment>Audit result: CXone refused the request</extracomment>
        <translation>Refused</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused by the recording policy</source>
        <extracomment>Audit result: the works council&apos;s recording policy did not allow the start; nothing was sent</extracomment>
        <translation>Refused by the recording policy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent</source>
        <extracomment>Audit result: a start asked for that was never sent to CXone</extracomment>
        <translation>Not sent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Had already ended</source>
        <translation>Had already ended</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended by itself</source>
        <translation>Ended by itself</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended while Vigie was closed</source>
        <translation>Ended while Vigie was closed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never confirmed; its time has passed</source>
        <translation>Never confirmed; its time has passed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forgotten</source>
        <extracomment>Audit result of Forget</extracomment>
        <translation>Forgotten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Old entries removed</source>
        <translation>Old entries removed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovered</source>
        <extracomment>Audit result of Recovery</extracomment>
        <translation>Recovered</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirmed by the supervisor</source>
        <extracomment>Audit result: the supervisor confirmed the recording policy&apos;s daily notice</extracomment>
        <translation>Confirmed by the supervisor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In force</source>
        <extracomment>Audit result of Recording policy: the policy in the entry applies from then on</extracomment>
        <translation>In force</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CXone user-id</source>
        <translation>CXone user-id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration (s)</source>
        <translation>Duration (s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor scope</source>
        <translation>Supervisor scope</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact ID</source>
        <translation>Contact ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message>
        <location filename="../ui/panels/ConnectionIndicator.cpp" line="+28"/>
        <source>Loading agents: %1 of %2</source>
        <translation>Loading agents: %1 of %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Connection problem: %1 Vigie keeps trying; active recordings keep counting down.</source>
        <translation>Connection problem: %1 Vigie keeps trying; active recordings keep counting down.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection problem: %1</source>
        <translation>Connection problem: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected to the CXone simulator (demo)</source>
        <translation>Connected to the CXone simulator (demo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected to %1</source>
        <translation>Connected to %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Agents updated at %1</source>
        <translation>Agents updated at %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connection problem</source>
        <extracomment>Accessible description of the banner shown while CXone cannot be reached</extracomment>
        <translation>Connection problem</translation>
    </message>
</context>
<context>
    <name>CopyContactIdAction</name>
    <message>
        <location filename="../ui/views/CopyContactIdAction.cpp" line="+19"/>
        <source>&amp;Copy the contact ID</source>
        <extracomment>Context menu of an agent being recorded, or of an active recording</extracomment>
        <translation>&amp;Copy the contact ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the CXone contact ID of this recording on the clipboard</source>
        <translation>Put the CXone contact ID of this recording on the clipboard</translation>
    </message>
</context>
<context>
    <name>DailyNoticeQuestion</name>
    <message>
        <location filename="../ui/dialogs/DailyNoticeQuestion.cpp" line="+30"/>
        <source>Recording policy</source>
        <translation>Recording policy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirm it before your first recording of the day.</source>
        <translation>Confirm it before your first recording of the day.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I confirm</source>
        <extracomment>Button of the recording policy&apos;s daily notice: the supervisor confirms what it says</extracomment>
        <translation>I confirm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm the recording policy&apos;s notice</source>
        <translation>Confirm the recording policy&apos;s notice</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not start</source>
        <translation>Do not start</translation>
    </message>
</context>
<context>
    <name>DesktopNotifications</name>
    <message numerus="yes">
        <location filename="../ui/presenters/DesktopNotifications.cpp" line="+41"/>
        <source>%n recording(s) ended</source>
        <extracomment>Title of the desktop notification when recordings reach their end</extracomment>
        <translation>
            <numerusform>%Ln recording ended</numerusform>
            <numerusform>%Ln recordings ended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n recording(s) end within %1</source>
        <extracomment>Title of the desktop notification shortly before recordings end; %1 is a duration, as &quot;1 min&quot;</extracomment>
        <translation>
            <numerusform>%Ln recording ends within %1</numerusform>
            <numerusform>%Ln recordings end within %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n recording(s) did not start</source>
        <extracomment>Title of the desktop notification when CXone refused recordings or could not be reached</extracomment>
        <translation>
            <numerusform>%Ln recording did not start</numerusform>
            <numerusform>%Ln recordings did not start</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n recording(s) not confirmed</source>
        <extracomment>Title of the desktop notification when CXone&apos;s answer to a start was lost</extracomment>
        <translation>
            <numerusform>%Ln recording not confirmed</numerusform>
            <numerusform>%Ln recordings not confirmed</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The recording of %1 has ended.</source>
        <translation>The recording of %1 has ended.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These recordings have ended: %1.</source>
        <translation>These recordings have ended: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1. To keep recording, extend them in Vigie.</source>
        <translation>
            <numerusform>%1. To keep recording, extend it in Vigie.</numerusform>
            <numerusform>%1. To keep recording, extend them in Vigie.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not recorded: %1. The activity log says why.</source>
        <translation>Not recorded: %1. The activity log says why.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CXone&apos;s answer was lost: %1 may be recording. Vigie keeps asking CXone; you can stop them.</source>
        <translation>CXone&apos;s answer was lost: %1 may be recording. Vigie keeps asking CXone; you can stop them.</translation>
    </message>
</context>
<context>
    <name>DurationPicker</name>
    <message>
        <location filename="../ui/widgets/DurationPicker.cpp" line="+115"/>
        <source>Ends at %1</source>
        <translation>Ends at %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Duration:</source>
        <translation>&amp;Duration:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xact:</source>
        <translation>E&amp;xact:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording duration</source>
        <translation>Recording duration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact recording duration</source>
        <translation>Exact recording duration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours:minutes:seconds, from 0:00:05 to 3:30:00</source>
        <translation>Hours:minutes:seconds, from 0:00:05 to 3:30:00</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours:minutes:seconds, from 0:00:05 to %1, the longest the recording policy allows for this purpose</source>
        <translation>Hours:minutes:seconds, from 0:00:05 to %1, the longest the recording policy allows for this purpose</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording end time</source>
        <translation>Recording end time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>30 s</source>
        <extracomment>Duration presets on small buttons; the last one is the longest recording Vigie offers</extracomment>
        <translation>30 s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>5 min</source>
        <translation>5 min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>15 min</source>
        <translation>15 min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3 h 30</source>
        <translation>3 h 30</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duration preset %1</source>
        <translation>Duration preset %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record for %1</source>
        <translation>Record for %1</translation>
    </message>
</context>
<context>
    <name>EndingSoonBanner</name>
    <message numerus="yes">
        <location filename="../ui/panels/EndingSoonBanner.cpp" line="+78"/>
        <source>%n recording(s) end soon: %1.</source>
        <translation>
            <numerusform>%Ln recording ends soon: %1.</numerusform>
            <numerusform>%Ln recordings end soon: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Extend them</source>
        <extracomment>Button of the banner shown shortly before recordings end</extracomment>
        <translation>&amp;Extend them</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extend the recordings that end soon</source>
        <translation>Extend the recordings that end soon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give them the duration chosen under Screen recording, from now: Vigie stops each one and starts a new one</source>
        <translation>Give them the duration chosen under Screen recording, from now: Vigie stops each one and starts a new one</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let them end</source>
        <extracomment>Button of the banner shown shortly before recordings end: hide it and let them end</extracomment>
        <translation>Let them end</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the recordings end and hide this warning</source>
        <translation>Let the recordings end and hide this warning</translation>
    </message>
</context>
<context>
    <name>EvidenceBanner</name>
    <message>
        <location filename="../ui/panels/EvidenceBanner.cpp" line="+39"/>
        <source>Vigie cannot save its list of active recordings (%1): do not close Vigie until this is solved.</source>
        <translation>Vigie cannot save its list of active recordings (%1): do not close Vigie until this is solved.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Evidence not saved</source>
        <extracomment>Accessible description of the banner shown while the audit trail or the ledger cannot be written</extracomment>
        <translation>Evidence not saved</translation>
    </message>
</context>
<context>
    <name>EvidenceText</name>
    <message>
        <location filename="../ui/text/EvidenceText.cpp" line="+8"/>
        <source>Vigie is already running (%1). Use the open window: two Vigie windows would lose track of each other&apos;s recordings.</source>
        <translation>Vigie is already running (%1). Use the open window: two Vigie windows would lose track of each other&apos;s recordings.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vigie cannot write to the audit trail (%1). No recording can start until it can; Stops still go to CXone, and their entries are written as soon as the trail takes them. Free some disk space or tell your administrator.</source>
        <translation>Vigie cannot write to the audit trail (%1). No recording can start until it can; Stops still go to CXone, and their entries are written as soon as the trail takes them. Free some disk space or tell your administrator.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Another Vigie (%1) is writing to the audit trail %2. Use its window: two writers would break the trail&apos;s chain.</source>
        <translation>Another Vigie (%1) is writing to the audit trail %2. Use its window: two writers would break the trail&apos;s chain.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vigie cannot write its audit trail %1: its folder cannot be created or written. No recording may start without a trace; tell your administrator.</source>
        <translation>Vigie cannot write its audit trail %1: its folder cannot be created or written. No recording may start without a trace; tell your administrator.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vigie cannot save its list of active recordings (%1). They are kept in memory and saving is retried every second; do not close Vigie until this is solved.</source>
        <translation>Vigie cannot save its list of active recordings (%1). They are kept in memory and saving is retried every second; do not close Vigie until this is solved.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Old entries of the audit trail were not removed: the trail does not verify (%1). Nothing was changed; tell your administrator.</source>
        <translation>Old entries of the audit trail were not removed: the trail does not verify (%1). Nothing was changed; tell your administrator.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Old entries of the audit trail were not removed: this computer&apos;s clock is behind the trail&apos;s newest entry (%1). Check the date and time.</source>
        <translation>Old entries of the audit trail were not removed: this computer&apos;s clock is behind the trail&apos;s newest entry (%1). Check the date and time.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Old entries of the audit trail could not be removed (%1). The trail keeps them and stays intact.</source>
        <translation>Old entries of the audit trail could not be removed (%1). The trail keeps them and stays intact.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The list of active recordings was damaged (%1). It was kept aside as %2; recordings listed in it may still be running and will end by themselves.</source>
        <translation>The list of active recordings was damaged (%1). It was kept aside as %2; recordings listed in it may still be running and will end by themselves.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vigie cannot keep its events for the site registry on disk (%1). They are still sent, but if Vigie stops before the registry has them, the other stations will not learn of them until it reconnects.</source>
        <translation>Vigie cannot keep its events for the site registry on disk (%1). They are still sent, but if Vigie stops before the registry has them, the other stations will not learn of them until it reconnects.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message numerus="yes">
        <location filename="../ui/text/Formatting.cpp" line="+23"/>
        <source>%n h</source>
        <comment>hours, abbreviated</comment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n min</source>
        <comment>minutes, abbreviated</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n s</source>
        <comment>seconds, abbreviated</comment>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <location filename="../ui/dialogs/KeyboardShortcutsDialog.cpp" line="+53"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Move from the agents to the duration</source>
        <extracomment>Keyboard shortcuts: keys that act on the agent table and the active recordings, after the menus&apos;</extracomment>
        <translation>Move from the agents to the duration</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions of the current row</source>
        <translation>Actions of the current row</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Menu key or Shift+F10</source>
        <translation>Menu key or Shift+F10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move between the parts of the window</source>
        <translation>Move between the parts of the window</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../ui/menus/LanguageMenu.cpp" line="+41"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <location filename="../app/launch/LaunchOptions.cpp" line="+253"/>
        <source>Kiosk mode needs the administrator PIN hash in Kiosk/PinHash of the configuration; this one cannot be used: %1 (create it with: vigie --hash-pin)</source>
        <extracomment>%1 says what is wrong with the PIN hash (in English, for the administrator)</extracomment>
        <translation>Kiosk mode needs the administrator PIN hash in Kiosk/PinHash of the configuration; this one cannot be used: %1 (create it with: vigie --hash-pin)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kiosk mode needs the folder where CSV exports go, as an absolute path in Kiosk/ExportFolder of the configuration: a kiosk station opens no file dialog.</source>
        <translation>Kiosk mode needs the folder where CSV exports go, as an absolute path in Kiosk/ExportFolder of the configuration: a kiosk station opens no file dialog.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The administrator PIN hash in Kiosk/PinHash is of the old PBKDF2 kind, which is cheap to guess from a copy of the configuration. It still works, but replace it: run vigie --hash-pin and put the Argon2id hash it prints in Kiosk/PinHash.</source>
        <translation>The administrator PIN hash in Kiosk/PinHash is of the old PBKDF2 kind, which is cheap to guess from a copy of the configuration. It still works, but replace it: run vigie --hash-pin and put the Argon2id hash it prints in Kiosk/PinHash.</translation>
    </message>
</context>
<context>
    <name>LeavingWithRecordings</name>
    <message>
        <location filename="../ui/window/LeavingWithRecordings.cpp" line="+229"/>
        <location line="+33"/>
        <source>Recordings are running</source>
        <translation>Recordings are running</translation>
    </message>
    <message numerus="yes">
        <location line="-48"/>
        <source>%n recording(s) started from Vigie are still running in CXone. If you quit, CXone goes on recording until each one&apos;s end time (the last at %1), and Vigie lists them again when it starts.</source>
        <translation>
            <numerusform>%Ln recording started from Vigie is still running in CXone. If you quit, CXone goes on recording until its end time (%1), and Vigie lists it again when it starts.</numerusform>
            <numerusform>%Ln recordings started from Vigie are still running in CXone. If you quit, CXone goes on recording until each one&apos;s end time (the last at %1), and Vigie lists them again when it starts.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Stop them and quit</source>
        <extracomment>Button of the question asked when quitting while recordings run</extracomment>
        <translation>&amp;Stop them and quit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the recordings and quit</source>
        <translation>Stop the recordings and quit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit and &amp;let them run</source>
        <extracomment>Button of the question asked when quitting while recordings run</extracomment>
        <translation>Quit and &amp;let them run</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit and let the recordings run</source>
        <translation>Quit and let the recordings run</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not quit</source>
        <translation>Do not quit</translation>
    </message>
    <message numerus="yes">
        <location line="-132"/>
        <source>%n recording(s) started from Vigie are still running in CXone.</source>
        <translation>
            <numerusform>%Ln recording started from Vigie is still running in CXone.</numerusform>
            <numerusform>%Ln recordings started from Vigie are still running in CXone.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+151"/>
        <source>If you keep them running, CXone goes on recording until each one&apos;s end time (the last at %1); Vigie keeps counting them down, and you can stop them once you have signed in again.</source>
        <translation>If you keep them running, CXone goes on recording until each one&apos;s end time (the last at %1); Vigie keeps counting them down, and you can stop them once you have signed in again.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>If you stop them, Vigie asks CXone to stop them all and signs you out as soon as CXone has answered.</source>
        <translation>If you stop them, Vigie asks CXone to stop them all and signs you out as soon as CXone has answered.</translation>
    </message>
    <message numerus="yes">
        <location line="-157"/>
        <location line="+7"/>
        <source>%n recording(s) running</source>
        <translation>
            <numerusform>%Ln recording running</numerusform>
            <numerusform>%Ln recordings running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-4"/>
        <source>%n recording(s) starting</source>
        <translation>
            <numerusform>%Ln recording starting</numerusform>
            <numerusform>%Ln recordings starting</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 and %2</source>
        <extracomment>&quot;2 recordings running and 1 starting&quot;: %1 counts the recordings running, %2 those starting</extracomment>
        <translation>%1 and %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n starting</source>
        <comment>recordings starting</comment>
        <translation>
            <numerusform>%Ln starting</numerusform>
            <numerusform>%Ln starting</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In CXone, from Vigie: %1.</source>
        <extracomment>%1 as in &quot;2 recordings running and 1 starting&quot;</extracomment>
        <translation>In CXone, from Vigie: %1.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Stopping them all sends none of the starts still waiting, and stops each start on its way as soon as CXone names its recording.</source>
        <translation>Stopping them all sends none of the starts still waiting, and stops each start on its way as soon as CXone names its recording.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>If you quit and let them run, CXone goes on recording until each one&apos;s end time (the last at %1), and Vigie lists them again when it starts.</source>
        <translation>If you quit and let them run, CXone goes on recording until each one&apos;s end time (the last at %1), and Vigie lists them again when it starts.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If you stop them, Vigie asks CXone to stop them all and quits as soon as CXone has answered.</source>
        <translation>If you stop them, Vigie asks CXone to stop them all and quits as soon as CXone has answered.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;Stop them all and sign out</source>
        <extracomment>Button of the question asked when signing out while recordings run</extracomment>
        <translation>&amp;Stop them all and sign out</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the recordings and sign out</source>
        <translation>Stop the recordings and sign out</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep them running and sign out</source>
        <extracomment>Button of the question asked when signing out while recordings run</extracomment>
        <translation>&amp;Keep them running and sign out</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the recordings running and sign out</source>
        <translation>Keep the recordings running and sign out</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not sign out</source>
        <translation>Do not sign out</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stops not answered yet</source>
        <translation>Stops not answered yet</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>CXone has not answered %n Stop(s) yet: %1.

If you quit now, Vigie keeps them and sends them when you sign in again after starting it; until then these recordings go on.</source>
        <translation>
            <numerusform>CXone has not answered %Ln Stop yet: %1.

If you quit now, Vigie keeps them and sends them when you sign in again after starting it; until then these recordings go on.</numerusform>
            <numerusform>CXone has not answered %Ln Stops yet: %1.

If you quit now, Vigie keeps them and sends them when you sign in again after starting it; until then these recordings go on.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Wait for CXone</source>
        <translation>&amp;Wait for CXone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait for CXone</source>
        <translation>Wait for CXone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit anyway</source>
        <translation>&amp;Quit anyway</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit anyway</source>
        <translation>Quit anyway</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Stop everything started from Vigie in CXone now: %1?</source>
        <extracomment>%1 as in &quot;2 recordings running and 1 starting&quot;</extracomment>
        <translation>Stop everything started from Vigie in CXone now: %1?</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Stop all recordings</source>
        <translation>Stop all recordings</translation>
    </message>
    <message numerus="yes">
        <location line="-10"/>
        <source>Stop the %n recording(s) running in CXone now?</source>
        <translation>
            <numerusform>Stop the recording running in CXone now?</numerusform>
            <numerusform>Stop the %Ln recordings running in CXone now?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Stop them all</source>
        <extracomment>Button of the question asked before stopping every recording</extracomment>
        <translation>&amp;Stop them all</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do not stop them</source>
        <translation>Do not stop them</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../ui/kiosk/LockScreen.cpp" line="+59"/>
        <source>Station locked</source>
        <translation>Station locked</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in to see agents and recordings.</source>
        <translation>Sign in to see agents and recordings.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was locked after a period without activity.</source>
        <translation>It was locked after a period without activity.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was locked because the CXone session ended.</source>
        <translation>It was locked because the CXone session ended.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agents and recordings are hidden. Active recordings go on and end as planned.</source>
        <translation>Agents and recordings are hidden. Active recordings go on and end as planned.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sign in to unlock</source>
        <translation>&amp;Sign in to unlock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to unlock</source>
        <translation>Sign in to unlock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock with your &amp;PIN</source>
        <translation>Unlock with your &amp;PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock with your PIN</source>
        <translation>Unlock with your PIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vigie signs in with the access key this station remembers for you, after the unlock PIN you chose</source>
        <translation>Vigie signs in with the access key this station remembers for you, after the unlock PIN you chose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leave kiosk mode…</source>
        <translation>&amp;Leave kiosk mode…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave kiosk mode</source>
        <translation>Leave kiosk mode</translation>
    </message>
</context>
<context>
    <name>MainMenuBar</name>
    <message>
        <location filename="../ui/menus/MainMenuBar.cpp" line="+87"/>
        <source>About Vigie</source>
        <translation>About Vigie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;Vigie %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Starts and stops screen interaction recordings of NICE CXone agents, and keeps track of every recording until it ends.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Vigie %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Starts and stops screen interaction recordings of NICE CXone agents, and keeps track of every recording until it ends.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;in…</source>
        <translation>Sign &amp;in…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out and forget the remembered access key</source>
        <translation>Sign out and forget the remembered access key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ettings…</source>
        <translation>S&amp;ettings…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leave kiosk mode…</source>
        <translation>&amp;Leave kiosk mode…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload agents</source>
        <translation>&amp;Reload agents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;cording</source>
        <translation>Re&amp;cording</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Documentation</source>
        <translation>&amp;Documentation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Vigie&apos;s guide in your web browser</source>
        <translation>Open Vigie&apos;s guide in your web browser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Vigie</source>
        <translation>&amp;About Vigie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More menus</source>
        <extracomment>Button of the menu bar listing the menus that do not fit in the window</extracomment>
        <translation>More menus</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="+309"/>
        <source>Vigie</source>
        <translation>Vigie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vigie — demo with the CXone simulator</source>
        <translation>Vigie — demo with the CXone simulator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop &amp;all recordings…</source>
        <translation>Stop &amp;all recordings…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop every recording running in CXone, after a confirmation</source>
        <translation>Stop every recording running in CXone, after a confirmation</translation>
    </message>
</context>
<context>
    <name>OutcomeText</name>
    <message>
        <location filename="../ui/text/OutcomeText.cpp" line="+8"/>
        <source>You are not signed in to CXone. Sign in, then try again.</source>
        <translation>You are not signed in to CXone. Sign in, then try again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your CXone session has expired. Sign in again to continue.</source>
        <translation>Your CXone session has expired. Sign in again to continue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your access key is not allowed to do this. Ask your CXone administrator for the permission &quot;Interactions Hub &gt; Record Screen Interaction&quot;.</source>
        <translation>Your access key is not allowed to do this. Ask your CXone administrator for the permission &quot;Interactions Hub &gt; Record Screen Interaction&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CXone refused the request as invalid. Check the agent and the duration; if it persists, tell your administrator.</source>
        <translation>CXone refused the request as invalid. Check the agent and the duration; if it persists, tell your administrator.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CXone is still processing a previous request for this agent. Wait a few seconds and try again.</source>
        <translation>CXone is still processing a previous request for this agent. Wait a few seconds and try again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CXone is busy and asked Vigie to slow down. Try again in a minute.</source>
        <translation>CXone is busy and asked Vigie to slow down. Try again in a minute.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CXone had an internal error. Try again; if it persists, contact NICE support.</source>
        <translation>CXone had an internal error. Try again; if it persists, contact NICE support.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CXone did not finish in time. Try again: a repeated request is safe.</source>
        <translation>CXone did not finish in time. Try again: a repeated request is safe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CXone did not answer in time. Check the network and try again.</source>
        <translation>CXone did not answer in time. Check the network and try again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CXone cannot be reached. Check the network connection and try again.</source>
        <translation>CXone cannot be reached. Check the network connection and try again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vigie refused CXone&apos;s secure connection: its certificate or TLS version is not one Vigie trusts. Tell your administrator.</source>
        <translation>Vigie refused CXone&apos;s secure connection: its certificate or TLS version is not one Vigie trusts. Tell your administrator.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proxy between this computer and CXone refused the connection. Tell your administrator.</source>
        <translation>The proxy between this computer and CXone refused the connection. Tell your administrator.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CXone answered with something Vigie cannot read. Try again; if it persists, tell your administrator.</source>
        <translation>CXone answered with something Vigie cannot read. Try again; if it persists, tell your administrator.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CXone&apos;s answer was far larger than a real one, so Vigie stopped reading it. Try again; if it persists, tell your administrator.</source>
        <translation>CXone&apos;s answer was far larger than a real one, so Vigie stopped reading it. Try again; if it persists, tell your administrator.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CXone answered in an undocumented way. Try again; if it persists, tell your administrator.</source>
        <translation>CXone answered in an undocumented way. Try again; if it persists, tell your administrator.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A request for this agent is already on its way. Wait for its result.</source>
        <translation>A request for this agent is already on its way. Wait for its result.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request was cancelled.</source>
        <translation>The request was cancelled.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something unexpected happened. Try again.</source>
        <translation>Something unexpected happened. Try again.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This agent has no CXone user ID, so their screen cannot be recorded.</source>
        <translation>This agent has no CXone user ID, so their screen cannot be recorded.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This agent is not in the teams you supervise, so Vigie does not record them. Nothing was sent to CXone.</source>
        <translation>This agent is not in the teams you supervise, so Vigie does not record them. Nothing was sent to CXone.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CXone does not know this agent. Refresh the agent list and try again.</source>
        <translation>CXone does not know this agent. Refresh the agent list and try again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another station of the site is already recording this agent, so nothing was sent to CXone. The agent list shows who started it and until when.</source>
        <translation>Another station of the site is already recording this agent, so nothing was sent to CXone. The agent list shows who started it and until when.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The site registry cannot be reached and this station may not start recordings without it, so nothing was sent to CXone. Try again when it is back, or tell your administrator.</source>
        <translation>The site registry cannot be reached and this station may not start recordings without it, so nothing was sent to CXone. Try again when it is back, or tell your administrator.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recording policy agreed with the works council does not allow this recording, so nothing was sent to CXone.</source>
        <translation>The recording policy agreed with the works council does not allow this recording, so nothing was sent to CXone.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vigie could not write the start to its list of recordings on disk, so nothing was sent to CXone. Free some disk space or tell your administrator.</source>
        <translation>Vigie could not write the start to its list of recordings on disk, so nothing was sent to CXone. Free some disk space or tell your administrator.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vigie could not write the start to the audit trail, so nothing was sent to CXone: no recording starts without a trace. Free some disk space or tell your administrator.</source>
        <translation>Vigie could not write the start to the audit trail, so nothing was sent to CXone: no recording starts without a trace. Free some disk space or tell your administrator.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CXone accepted the request but did not return the contact ID needed to stop it. The recording may be running and will end by itself at its duration.</source>
        <translation>CXone accepted the request but did not return the contact ID needed to stop it. The recording may be running and will end by itself at its duration.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The recording had already ended.</source>
        <translation>The recording had already ended.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CXone refused this access key. Check the key ID and the secret, and that the key is active.</source>
        <translation>CXone refused this access key. Check the key ID and the secret, and that the key is active.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This CXone environment was not found. Check the sign-in address.</source>
        <translation>This CXone environment was not found. Check the sign-in address.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an unnamed issuer</source>
        <translation>an unnamed issuer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vigie refused the connection to %1: its certificate was issued by &quot;%2&quot;, which this computer does not trust. If your company inspects secure traffic, your administrator must install the company&apos;s CA certificate in the system&apos;s certificate store (or give it to Vigie alone with [Network] CaFile=).</source>
        <translation>Vigie refused the connection to %1: its certificate was issued by &quot;%2&quot;, which this computer does not trust. If your company inspects secure traffic, your administrator must install the company&apos;s CA certificate in the system&apos;s certificate store (or give it to Vigie alone with [Network] CaFile=).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vigie refused the connection to %1: the certificate it showed, issued by &quot;%2&quot;, belongs to another server. Check the sign-in address; if it is right, your administrator must have the certificate issued for %1, or correct the proxy that inspects secure traffic.</source>
        <translation>Vigie refused the connection to %1: the certificate it showed, issued by &quot;%2&quot;, belongs to another server. Check the sign-in address; if it is right, your administrator must have the certificate issued for %1, or correct the proxy that inspects secure traffic.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vigie refused the connection to %1: its certificate, issued by &quot;%2&quot;, has expired or is not valid yet. Check this computer&apos;s date and time; if they are right, your administrator must renew the certificate.</source>
        <translation>Vigie refused the connection to %1: its certificate, issued by &quot;%2&quot;, has expired or is not valid yet. Check this computer&apos;s date and time; if they are right, your administrator must renew the certificate.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vigie refused the connection to %1: it offers no TLS 1.2 or newer connection, so its certificate and issuer could not even be read. Your administrator must enable TLS 1.2 or 1.3 on that server, or on the proxy that inspects secure traffic.</source>
        <translation>Vigie refused the connection to %1: it offers no TLS 1.2 or newer connection, so its certificate and issuer could not even be read. Your administrator must enable TLS 1.2 or 1.3 on that server, or on the proxy that inspects secure traffic.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The proxy %1 refused the connection to %2, or cannot be reached. Ask your administrator to check the proxy (Vigie&apos;s [Network] Proxy= setting or the system&apos;s proxy settings) and that it lets this computer reach %2.</source>
        <translation>The proxy %1 refused the connection to %2, or cannot be reached. Ask your administrator to check the proxy (Vigie&apos;s [Network] Proxy= setting or the system&apos;s proxy settings) and that it lets this computer reach %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>in use</source>
        <translation>in use</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The proxy %1 asks for a user name and password and has accepted none. Sign in again and give your proxy credentials when asked, or ask your administrator.</source>
        <translation>The proxy %1 asks for a user name and password and has accepted none. Sign in again and give your proxy credentials when asked, or ask your administrator.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No system keychain is available, so your access key cannot be remembered. Vigie works normally for this session; you will sign in again next time.</source>
        <translation>No system keychain is available, so your access key cannot be remembered. Vigie works normally for this session; you will sign in again next time.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keychain refused access, so your access key was not remembered.</source>
        <translation>The system keychain refused access, so your access key was not remembered.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>permission missing</source>
        <translation>permission missing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>agent busy in CXone, retry</source>
        <translation>agent busy in CXone, retry</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CXone busy, retry later</source>
        <translation>CXone busy, retry later</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no answer in time</source>
        <translation>no answer in time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>network unreachable</source>
        <translation>network unreachable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>certificate refused</source>
        <translation>certificate refused</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>proxy refused</source>
        <translation>proxy refused</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sign in again</source>
        <translation>sign in again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown agent</source>
        <translation>unknown agent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreadable answer</source>
        <translation>unreadable answer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid duration</source>
        <translation>invalid duration</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not in your teams</source>
        <extracomment>Short reason in a table cell: the agent is not in the supervisor&apos;s teams</extracomment>
        <translation>not in your teams</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not saved on disk, not sent</source>
        <extracomment>Short reason in a table cell: the start could not be written to disk, nothing was sent</extracomment>
        <translation>not saved on disk, not sent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>audit trail unwritable, not sent</source>
        <extracomment>Short reason in a table cell: the start could not be written to the audit trail, nothing was sent</extracomment>
        <translation>audit trail unwritable, not sent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>answer too large</source>
        <translation>answer too large</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>recorded from another station</source>
        <extracomment>Short reason in a table cell: another Vigie station records this agent, nothing was sent</extracomment>
        <translation>recorded from another station</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>site registry unreachable, not sent</source>
        <extracomment>Short reason in a table cell: the shared site registry is down, nothing was sent</extracomment>
        <translation>site registry unreachable, not sent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not allowed by the recording policy</source>
        <extracomment>Short reason in a table cell: the works council&apos;s recording policy refused it, nothing was sent</extracomment>
        <translation>not allowed by the recording policy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CXone error</source>
        <translation>CXone error</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>The duration must be between 5 seconds and 3 hours 40 minutes (13,200 seconds). Nothing was started.</source>
        <translation>The duration must be between 5 seconds and 3 hours 40 minutes (13,200 seconds). Nothing was started.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../ui/kiosk/PinDialog.cpp" line="+86"/>
        <source>Unlock the station</source>
        <translation>Unlock the station</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the unlock PIN you chose when this station remembered your key. Vigie then signs in with your key, and what you do is recorded under your name.</source>
        <translation>Enter the unlock PIN you chose when this station remembered your key. Vigie then signs in with your key, and what you do is recorded under your name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your unlock PIN</source>
        <translation>Your unlock PIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave kiosk mode</source>
        <translation>Leave kiosk mode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the administrator PIN to leave kiosk mode.</source>
        <translation>Enter the administrator PIN to leave kiosk mode.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator PIN</source>
        <translation>Administrator PIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access &amp;key ID:</source>
        <translation>Access &amp;key ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access key ID</source>
        <translation>Access key ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN error</source>
        <translation>PIN error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm PIN</source>
        <translation>Confirm PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Wrong PIN.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wrong key ID or PIN.</source>
        <translation>Wrong key ID or PIN.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keychain did not answer. Sign in with your access key&apos;s secret instead.</source>
        <translation>The system keychain did not answer. Sign in with your access key&apos;s secret instead.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <extracomment>The station refuses PIN attempts for a while after several wrong ones.</extracomment>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n second.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PolicyText</name>
    <message>
        <location filename="../ui/text/PolicyText.cpp" line="+12"/>
        <source>Allowed again from %1.</source>
        <translation>Allowed again from %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The recording policy asks you to confirm its daily notice before your first recording of the day. Start again to read and confirm it.</source>
        <translation>The recording policy asks you to confirm its daily notice before your first recording of the day. Start again to read and confirm it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recording policy does not list this purpose. Choose one of the purposes it allows.</source>
        <translation>The recording policy does not list this purpose. Choose one of the purposes it allows.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The recording policy allows at most %n minute(s) for this purpose. Choose a shorter duration.</source>
        <translation>
            <numerusform>The recording policy allows at most %Ln minute for this purpose. Choose a shorter duration.</numerusform>
            <numerusform>The recording policy allows at most %Ln minutes for this purpose. Choose a shorter duration.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recording policy asks for a justification for this purpose; it is kept in the audit trail.</source>
        <translation>The recording policy asks for a justification for this purpose; it is kept in the audit trail.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The recording policy does not allow recording at this time for this long.</source>
        <translation>The recording policy does not allow recording at this time for this long.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The recording policy allows %n recording(s) of an agent per 7 days;</source>
        <translation>
            <numerusform>The recording policy allows %Ln recording of an agent per 7 days;</numerusform>
            <numerusform>The recording policy allows %Ln recordings of an agent per 7 days;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+4"/>
        <location line="+5"/>
        <source>this agent has had %n.</source>
        <translation>
            <numerusform>this agent has had %Ln.</numerusform>
            <numerusform>this agent has had %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-6"/>
        <source>The recording policy allows %n recording(s) of an agent per 30 days;</source>
        <translation>
            <numerusform>The recording policy allows %Ln recording of an agent per 30 days;</numerusform>
            <numerusform>The recording policy allows %Ln recordings of an agent per 30 days;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The recording policy allows %n minute(s) of recording of an agent per 30 days;</source>
        <translation>
            <numerusform>The recording policy allows %Ln minute of recording of an agent per 30 days;</numerusform>
            <numerusform>The recording policy allows %Ln minutes of recording of an agent per 30 days;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1 of %n recording(s) left this week</source>
        <translation>
            <numerusform>%1 of %Ln recording left this week</numerusform>
            <numerusform>%1 of %Ln recordings left this week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 of %n recording(s) left in 30 days</source>
        <translation>
            <numerusform>%1 of %Ln recording left in 30 days</numerusform>
            <numerusform>%1 of %Ln recordings left in 30 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 of %n minute(s) left in 30 days</source>
        <translation>
            <numerusform>%1 of %Ln minute left in 30 days</numerusform>
            <numerusform>%1 of %Ln minutes left in 30 days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Recording not allowed now, nor at any hour in the coming week</source>
        <translation>Recording not allowed now, nor at any hour in the coming week</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tomorrow at %1</source>
        <extracomment>When recording is next allowed, or until when: a time today, tomorrow, or on a day of the coming week</extracomment>
        <translation>tomorrow at %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording allowed now until %1</source>
        <translation>Recording allowed now until %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording not allowed now; allowed from %1</source>
        <translation>Recording not allowed now; allowed from %1</translation>
    </message>
</context>
<context>
    <name>ProxyCredentialsDialog</name>
    <message>
        <location filename="../ui/signin/ProxyCredentialsDialog.cpp" line="+69"/>
        <source>Proxy sign-in</source>
        <translation>Proxy sign-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The proxy %1 between this computer and CXone asks for your user name and password. Vigie keeps them in the system keychain and gives them to this proxy only.</source>
        <translation>The proxy %1 between this computer and CXone asks for your user name and password. Vigie keeps them in the system keychain and gives them to this proxy only.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy user name</source>
        <translation>Proxy user name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy password</source>
        <translation>Proxy password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Continue</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the proxy credentials</source>
        <translation>Give the proxy credentials</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>QuestionText</name>
    <message>
        <location filename="../ui/text/QuestionText.cpp" line="+11"/>
        <source>Stop another station&apos;s recording?</source>
        <extracomment>Title of the question asked before stopping recordings that another Vigie station started</extracomment>
        <translation>Stop another station&apos;s recording?</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n recording(s) were started by another supervisor at another station:</source>
        <translation>
            <numerusform>This recording was started by another supervisor at another station:</numerusform>
            <numerusform>%Ln recordings were started by another supervisor at another station:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopping ends them for the whole site. The audit trail records the stop under your name.</source>
        <translation>Stopping ends them for the whole site. The audit trail records the stop under your name.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Stop them</source>
        <extracomment>Button of the question asked before stopping recordings that another Vigie station started</extracomment>
        <translation>&amp;Stop them</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Screen recording is off for their team</source>
        <extracomment>Title of the question asked before recording agents whose team has screen recording off</extracomment>
        <translation>Screen recording is off for their team</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Screen recording is turned off in CXone for the team of %n agent(s): %1.

CXone will likely refuse to record them, or record nothing. Start anyway?</source>
        <translation>
            <numerusform>Screen recording is turned off in CXone for the team of %1.

CXone will likely refuse to record this agent, or record nothing. Start anyway?</numerusform>
            <numerusform>Screen recording is turned off in CXone for the team of %n agents: %1.

CXone will likely refuse to record them, or record nothing. Start anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordingHistoryModel</name>
    <message>
        <location filename="../ui/models/RecordingHistoryModel.cpp" line="+36"/>
        <source>unknown</source>
        <extracomment>Shown instead of a contact ID when CXone never confirmed the recording</extracomment>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ended by itself after %1</source>
        <translation>Ended by itself after %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped by the supervisor</source>
        <translation>Stopped by the supervisor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Had already ended in CXone</source>
        <translation>Had already ended in CXone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended while Vigie was closed</source>
        <translation>Ended while Vigie was closed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never confirmed by CXone; ended by time</source>
        <translation>Never confirmed by CXone; ended by time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never confirmed by CXone; forgotten by the supervisor</source>
        <translation>Never confirmed by CXone; forgotten by the supervisor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact ID</source>
        <translation>Contact ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Started</source>
        <extracomment>Column: when the recording started (date and time)</extracomment>
        <translation>Started</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ended</source>
        <extracomment>Column: when the recording ended (date and time)</extracomment>
        <translation>Ended</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duration</source>
        <extracomment>Column: how long the recording ran</extracomment>
        <translation>Duration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How it ended</source>
        <translation>How it ended</translation>
    </message>
</context>
<context>
    <name>RecordingPanel</name>
    <message>
        <location filename="../ui/panels/RecordingPanel.cpp" line="+158"/>
        <source>Select one or more agents in the list.</source>
        <translation>Select one or more agents in the list.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 and %n other(s)</source>
        <extracomment>The selected agents: the first one listed, and how many more</extracomment>
        <translation>
            <numerusform>%1 and %Ln other</numerusform>
            <numerusform>%1 and %Ln others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n agent(s) selected.</source>
        <translation>
            <numerusform>%Ln agent selected.</numerusform>
            <numerusform>%Ln agents selected.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Start anyway</source>
        <extracomment>Button of the question asked when screen recording is off for the agents&apos; team</extracomment>
        <translation>Start anyway</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start recording anyway</source>
        <translation>Start recording anyway</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not start</source>
        <translation>Do not start</translation>
    </message>
    <message numerus="yes">
        <location line="-76"/>
        <source>%n of the selected agents reached a cap of the recording policy.</source>
        <extracomment>The recording policy&apos;s caps, for a selection of several agents</extracomment>
        <translation>
            <numerusform>%Ln of the selected agents reached a cap of the recording policy.</numerusform>
            <numerusform>%Ln of the selected agents reached a cap of the recording policy.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+92"/>
        <source>%1 of %2</source>
        <extracomment>Progress of a batch of requests: done of total</extracomment>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests to CXone: %1 of %2 done</source>
        <translation>Requests to CXone: %1 of %2 done</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Screen recording</source>
        <translation>Screen recording</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start recording the selected agents</source>
        <translation>&amp;Start recording the selected agents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;top recording the selected agents</source>
        <translation>S&amp;top recording the selected agents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Extend their recordings</source>
        <translation>&amp;Extend their recordings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start &amp;recording</source>
        <translation>Start &amp;recording</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start recording</source>
        <translation>Start recording</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the screens of the selected agents for the chosen duration (Ctrl+R)</source>
        <translation>Record the screens of the selected agents for the chosen duration (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;top recording</source>
        <translation>S&amp;top recording</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop recording</source>
        <translation>Stop recording</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the recordings of the selected agents (Ctrl+Shift+R)</source>
        <translation>Stop the recordings of the selected agents (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exte&amp;nd</source>
        <extracomment>Button: give the selected agents&apos; recordings a new duration from now</extracomment>
        <translation>Exte&amp;nd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extend recording</source>
        <translation>Extend recording</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the selected agents&apos; recordings the chosen duration from now (Ctrl+E): CXone cannot extend a recording, so Vigie stops it and starts a new one</source>
        <translation>Give the selected agents&apos; recordings the chosen duration from now (Ctrl+E): CXone cannot extend a recording, so Vigie stops it and starts a new one</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Purpose:</source>
        <extracomment>Label of the field saying why the screens are recorded</extracomment>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose of the recording</source>
        <translation>Purpose of the recording</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why these screens are recorded; kept with each recording in the audit trail</source>
        <translation>Why these screens are recorded; kept with each recording in the audit trail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Justification:</source>
        <extracomment>Label of the field where the supervisor says why this recording, when the recording policy asks</extracomment>
        <translation>&amp;Justification:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Justification of the recording</source>
        <translation>Justification of the recording</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recording policy asks why this recording is needed; kept in the audit trail</source>
        <translation>The recording policy asks why this recording is needed; kept in the audit trail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <extracomment>Button: do not send the requests of the batch that are still waiting</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the remaining requests</source>
        <translation>Cancel the remaining requests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests already sent finish; the others are not sent</source>
        <translation>Requests already sent finish; the others are not sent</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quality review</source>
        <translation>Quality review</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back-office audit</source>
        <translation>Back-office audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investigation of a complaint</source>
        <translation>Investigation of a complaint</translation>
    </message>
</context>
<context>
    <name>RecordingText</name>
    <message>
        <location filename="../ui/text/RecordingText.cpp" line="+17"/>
        <source>May be recording — confirming with CXone…</source>
        <translation>May be recording — confirming with CXone…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>May be recording — confirming when %1 signs in again</source>
        <extracomment>%1 is the supervisor who started the recording</extracomment>
        <translation>May be recording — confirming when %1 signs in again</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unconfirmed: stopping at the next sign-in</source>
        <translation>Unconfirmed: stopping at the next sign-in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unconfirmed: stopping when %1 signs in again</source>
        <extracomment>%1 is the supervisor who started the recording</extracomment>
        <translation>Unconfirmed: stopping when %1 signs in again</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stop not answered: trying again</source>
        <translation>Stop not answered: trying again</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop kept: sent when %1 signs in again</source>
        <extracomment>%1 is the supervisor who pressed Stop</extracomment>
        <translation>Stop kept: sent when %1 signs in again</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Being started by %1 (%2)</source>
        <extracomment>Another Vigie station is starting a recording of this agent: supervisor, station</extracomment>
        <translation>Being started by %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>May be recorded by %1 (%2) until %3</source>
        <extracomment>Another station&apos;s start whose answer was lost: supervisor, station, latest end time</extracomment>
        <translation>May be recorded by %1 (%2) until %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorded by %1 (%2) until %3</source>
        <extracomment>Another Vigie station records this agent: supervisor, station, end time</extracomment>
        <translation>Recorded by %1 (%2) until %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Screen recording is on for this team in CXone.</source>
        <translation>Screen recording is on for this team in CXone.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screen recording is turned off for this team in CXone: a recording will likely be refused or record nothing.</source>
        <translation>Screen recording is turned off for this team in CXone: a recording will likely be refused or record nothing.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CXone did not say whether screen recording is on for this team.</source>
        <translation>CXone did not say whether screen recording is on for this team.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Unconfirmed: stopping once CXone answers</source>
        <translation>Unconfirmed: stopping once CXone answers</translation>
    </message>
</context>
<context>
    <name>RecordingsTabs</name>
    <message>
        <location filename="../ui/panels/RecordingsTabs.cpp" line="+142"/>
        <source>No recording is running. Select agents and press Start.</source>
        <translation>No recording is running. Select agents and press Start.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No recording has ended yet.</source>
        <translation>No recording has ended yet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No station of the site is recording.</source>
        <translation>No station of the site is recording.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The site registry cannot be reached: other stations&apos; recordings are not shown.</source>
        <translation>The site registry cannot be reached: other stations&apos; recordings are not shown.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Forget unconfirmed recordings</source>
        <translation>Forget unconfirmed recordings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CXone never confirmed these recordings: %1. If CXone did start them, they go on until the end time shown and Vigie will no longer be able to stop them. Stop asking CXone about them?</source>
        <translation>CXone never confirmed these recordings: %1. If CXone did start them, they go on until the end time shown and Vigie will no longer be able to stop them. Stop asking CXone about them?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forget them</source>
        <translation>Forget them</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+5"/>
        <source>Active recordings</source>
        <translation>Active recordings</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>History</source>
        <extracomment>Tab of the recordings that have ended</extracomment>
        <translation>History</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Activity log</source>
        <translation>Activity log</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Recordings</source>
        <translation>Recordings</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete stops the selected recordings; the Menu key or Shift+F10 opens the actions of the current one</source>
        <translation>Delete stops the selected recordings; the Menu key or Shift+F10 opens the actions of the current one</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+1"/>
        <source>Stop the selected recordings</source>
        <translation>Stop the selected recordings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the recordings selected in this list (Delete); an unconfirmed one is confirmed with CXone first, then stopped</source>
        <translation>Stop the recordings selected in this list (Delete); an unconfirmed one is confirmed with CXone first, then stopped</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mine</source>
        <extracomment>Active recordings: show this station&apos;s recordings only</extracomment>
        <translation>Mine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show my recordings</source>
        <translation>Show my recordings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recordings started from this station</source>
        <translation>The recordings started from this station</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whole site</source>
        <extracomment>Active recordings: show the recordings of every station of the site</extracomment>
        <translation>Whole site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole site&apos;s recordings</source>
        <translation>Show the whole site&apos;s recordings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every station&apos;s recordings, as the site registry shows them, with who started each and from which station</source>
        <translation>Every station&apos;s recordings, as the site registry shows them, with who started each and from which station</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recordings of the whole site</source>
        <translation>Recordings of the whole site</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+5"/>
        <location line="+1"/>
        <source>Forget the selected unconfirmed recordings</source>
        <translation>Forget the selected unconfirmed recordings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop asking CXone about the unconfirmed recordings selected in this list</source>
        <translation>Stop asking CXone about the unconfirmed recordings selected in this list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording history</source>
        <translation>Recording history</translation>
    </message>
</context>
<context>
    <name>RegistryBanner</name>
    <message>
        <location filename="../ui/panels/RegistryBanner.cpp" line="+24"/>
        <source>The site registry cannot be reached since %1 (%2). Recordings started by other stations are not shown, and this station starts no recording until it is back.</source>
        <translation>The site registry cannot be reached since %1 (%2). Recordings started by other stations are not shown, and this station starts no recording until it is back.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The site registry cannot be reached since %1 (%2). Recordings started by other stations are not shown; what this station does is kept and sent when it is back.</source>
        <translation>The site registry cannot be reached since %1 (%2). Recordings started by other stations are not shown; what this station does is kept and sent when it is back.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Site registry unreachable</source>
        <extracomment>Accessible description of the banner shown while the shared site registry is unreachable</extracomment>
        <translation>Site registry unreachable</translation>
    </message>
</context>
<context>
    <name>RowButtonsDelegate</name>
    <message>
        <location filename="../ui/views/RowButtonsDelegate.cpp" line="+29"/>
        <source>Stop</source>
        <extracomment>Button in each row of the active recordings: stop this recording now</extracomment>
        <translation>Stop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget</source>
        <extracomment>Button of an unconfirmed recording: stop asking CXone about it</extracomment>
        <translation>Forget</translation>
    </message>
</context>
<context>
    <name>ScopeText</name>
    <message>
        <location filename="../ui/text/ScopeText.cpp" line="+8"/>
        <source>All agents</source>
        <extracomment>The agents panel&apos;s scope line when no scope is configured</extracomment>
        <translation>All agents</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your teams: %1</source>
        <translation>Your teams: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your teams: looking them up in CXone…</source>
        <translation>Your teams: looking them up in CXone…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No agent is listed: this station shows only the teams you lead, and CXone did not say who signed in. Ask your administrator to check the station&apos;s scope.</source>
        <translation>No agent is listed: this station shows only the teams you lead, and CXone did not say who signed in. Ask your administrator to check the station&apos;s scope.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No agent is listed: this station shows only the teams you lead, and you lead no team in CXone. Ask your administrator to check the station&apos;s scope.</source>
        <translation>No agent is listed: this station shows only the teams you lead, and you lead no team in CXone. Ask your administrator to check the station&apos;s scope.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No agent is listed: no team set for this station (%1) exists in CXone, and you lead no team there. Ask your administrator to check Scope/Teams.</source>
        <translation>No agent is listed: no team set for this station (%1) exists in CXone, and you lead no team there. Ask your administrator to check Scope/Teams.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No agent is listed: no team set for this station (%1) exists in CXone. Ask your administrator to check Scope/Teams.</source>
        <translation>No agent is listed: no team set for this station (%1) exists in CXone. Ask your administrator to check Scope/Teams.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every agent of the CXone tenant is listed and can be recorded.</source>
        <translation>Every agent of the CXone tenant is listed and can be recorded.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vigie lists, and records, only the agents of these teams, as your administrator set for this station.</source>
        <translation>Vigie lists, and records, only the agents of these teams, as your administrator set for this station.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set for this station but unknown to CXone: %1.</source>
        <translation>Set for this station but unknown to CXone: %1.</translation>
    </message>
</context>
<context>
    <name>SessionAnnouncer</name>
    <message>
        <location filename="../ui/presenters/SessionAnnouncer.cpp" line="+32"/>
        <source>The agent list could not be loaded: %1</source>
        <translation>The agent list could not be loaded: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connection to CXone restored.</source>
        <translation>Connection to CXone restored.</translation>
    </message>
    <message>
        <location filename="../ui/text/RecordingEventText.cpp" line="+49"/>
        <source>Recording of %1 did not start. %2 (%3)</source>
        <translation>Recording of %1 did not start. %2 (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The recording of %1 had already ended.</source>
        <translation>The recording of %1 had already ended.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording of %1 stopped.</source>
        <translation>Recording of %1 stopped.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recording of %1 could not be stopped. %2 (%3)</source>
        <translation>Recording of %1 could not be stopped. %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/presenters/SessionAnnouncer.cpp" line="+39"/>
        <source>The list of active recordings is saved again.</source>
        <translation>The list of active recordings is saved again.</translation>
    </message>
    <message>
        <location filename="../ui/text/RecordingEventText.cpp" line="+42"/>
        <source>The recording of %1 was stopped by %2 from station %3.</source>
        <translation>The recording of %1 was stopped by %2 from station %3.</translation>
    </message>
    <message>
        <location filename="../ui/presenters/SessionAnnouncer.cpp" line="+24"/>
        <source>The audit trail is written again: recordings can start.</source>
        <translation>The audit trail is written again: recordings can start.</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Agent list loaded from CXone.</source>
        <translation>Agent list loaded from CXone.</translation>
    </message>
    <message>
        <location filename="../ui/text/RecordingEventText.cpp" line="-58"/>
        <source>Recording of %1 did not start. %2 %3</source>
        <translation>Recording of %1 did not start. %2 %3</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>CXone has not answered %n Stop(s) yet: %1. Vigie keeps them and sends them when you sign in again; until then these recordings go on.</source>
        <translation>
            <numerusform>CXone has not answered %Ln Stop yet: %1. Vigie keeps them and sends them when you sign in again; until then these recordings go on.</numerusform>
            <numerusform>CXone has not answered %Ln Stops yet: %1. Vigie keeps them and sends them when you sign in again; until then these recordings go on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/presenters/SessionAnnouncer.cpp" line="+104"/>
        <source>%n message(s) about agents and recordings arrived while the station was locked: see the activity log.</source>
        <translation>
            <numerusform>%n message about agents and recordings arrived while the station was locked: see the activity log.</numerusform>
            <numerusform>%n messages about agents and recordings arrived while the station was locked: see the activity log.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Some teams set for this station do not exist in CXone: %1. Their agents cannot be listed.</source>
        <translation>Some teams set for this station do not exist in CXone: %1. Their agents cannot be listed.</translation>
    </message>
    <message>
        <location filename="../ui/text/RecordingEventText.cpp" line="-74"/>
        <source>%1 is already recorded by %2 from station %3 until %4: nothing new was started.</source>
        <translation>%1 is already recorded by %2 from station %3 until %4: nothing new was started.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is already being recorded; that recording ends at %2 and was not changed.</source>
        <translation>%1 is already being recorded; that recording ends at %2 and was not changed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CXone confirmed the recording of %1 (contact %2); it ends at %3.</source>
        <translation>CXone confirmed the recording of %1 (contact %2); it ends at %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recording %1 until %2 (contact %3).</source>
        <translation>Recording %1 until %2 (contact %3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The recording of %1 is running but could not be saved to disk yet.</source>
        <translation>The recording of %1 is running but could not be saved to disk yet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The recording of %1 was not extended and goes on as it was. %2 %3</source>
        <translation>The recording of %1 was not extended and goes on as it was. %2 %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The recording of %1 was not extended and goes on as it was. %2 (%3)</source>
        <translation>The recording of %1 was not extended and goes on as it was. %2 (%3)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>CXone&apos;s answer about %1 was lost (%2). %1 may be recording: Vigie keeps asking CXone and shows the recording as unconfirmed until it knows. It cannot go on past %3.</source>
        <translation>CXone&apos;s answer about %1 was lost (%2). %1 may be recording: Vigie keeps asking CXone and shows the recording as unconfirmed until it knows. It cannot go on past %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not in your scope, and CXone never confirmed the recording %2 started: asking CXone again would start one under your name. The stop is kept and sent when %2 signs in again; until then %1 may be recorded until %3.</source>
        <translation>%1 is not in your scope, and CXone never confirmed the recording %2 started: asking CXone again would start one under your name. The stop is kept and sent when %2 signs in again; until then %1 may be recorded until %3.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No answer came from CXone to the Stop of %1&apos;s recording, started by %2 from station %3, before that recording reached its end: whether it stopped early is not known.</source>
        <translation>No answer came from CXone to the Stop of %1&apos;s recording, started by %2 from station %3, before that recording reached its end: whether it stopped early is not known.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>CXone never confirmed the recording of %1. Had it started, it has now ended by itself.</source>
        <translation>CXone never confirmed the recording of %1. Had it started, it has now ended by itself.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vigie no longer asks CXone about %1. If CXone did start that recording, it goes on until %2 and cannot be stopped from Vigie.</source>
        <translation>Vigie no longer asks CXone about %1. If CXone did start that recording, it goes on until %2 and cannot be stopped from Vigie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The recording of %1 has ended.</source>
        <translation>The recording of %1 has ended.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n recording(s) will end within %1: %2. Extend them to keep recording.</source>
        <extracomment>%1 is a duration, as &quot;1 min&quot; or &quot;2 min 30 s&quot;</extracomment>
        <translation>
            <numerusform>%Ln recording will end within %1: %2. Extend it to keep recording.</numerusform>
            <numerusform>%Ln recordings will end within %1: %2. Extend them to keep recording.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2)</source>
        <extracomment>One failed request in the batch summary: agent name (short reason)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Done: %n request(s) succeeded out of %1</source>
        <translation>
            <numerusform>Done: %n request succeeded out of %1</numerusform>
            <numerusform>Done: %n requests succeeded out of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n cancelled.</source>
        <translation>
            <numerusform>%n cancelled.</numerusform>
            <numerusform>%n cancelled.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: %1.</source>
        <translation>Failed: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n may be recording, being confirmed with CXone: %1.</source>
        <translation>
            <numerusform>%n may be recording, being confirmed with CXone: %1.</numerusform>
            <numerusform>%n may be recording, being confirmed with CXone: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/presenters/SessionAnnouncer.cpp" line="+106"/>
        <source>%n recording(s) still running were restored.</source>
        <translation>
            <numerusform>%n recording still running was restored.</numerusform>
            <numerusform>%n recordings still running were restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Starting %n recording(s) of %1…</source>
        <translation>
            <numerusform>Starting %n recording of %1…</numerusform>
            <numerusform>Starting %n recordings of %1…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Extending the recording of %1 to %2: CXone cannot change a running recording, so Vigie stops it and starts a new one.</source>
        <translation>Extending the recording of %1 to %2: CXone cannot change a running recording, so Vigie stops it and starts a new one.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the purpose of the recording first: it is kept in the audit trail.</source>
        <translation>Give the purpose of the recording first: it is kept in the audit trail.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The recording policy asks why this recording is needed: write a justification first. It is kept in the audit trail.</source>
        <translation>The recording policy asks why this recording is needed: write a justification first. It is kept in the audit trail.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None of the selected agents is being recorded.</source>
        <translation>None of the selected agents is being recorded.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select one or more active recordings to stop.</source>
        <translation>Select one or more active recordings to stop.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Stopping %n recording(s): Vigie quits as soon as CXone has answered.</source>
        <translation>
            <numerusform>Stopping %Ln recording: Vigie quits as soon as CXone has answered.</numerusform>
            <numerusform>Stopping %Ln recordings: Vigie quits as soon as CXone has answered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Stopping %n recording(s): Vigie signs you out as soon as CXone has answered.</source>
        <translation>
            <numerusform>Stopping %Ln recording: Vigie signs you out as soon as CXone has answered.</numerusform>
            <numerusform>Stopping %Ln recordings: Vigie signs you out as soon as CXone has answered.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The station was locked after a period without activity.</source>
        <translation>The station was locked after a period without activity.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The station was locked because the CXone session ended.</source>
        <translation>The station was locked because the CXone session ended.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Vigie is already open: here it is.</source>
        <translation>Vigie is already open: here it is.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This station is in kiosk mode. An administrator can leave it from Session &gt; Leave kiosk mode.</source>
        <translation>This station is in kiosk mode. An administrator can leave it from Session &gt; Leave kiosk mode.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This station is in kiosk mode: Vigie opens no file dialog, printer, web page or other program here. Exports go to the folder set by the administrator.</source>
        <translation>This station is in kiosk mode: Vigie opens no file dialog, printer, web page or other program here. Exports go to the folder set by the administrator.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not in your teams, or is being handled already: the recording started by %2 from station %3 was not stopped.</source>
        <translation>%1 is not in your teams, or is being handled already: the recording started by %2 from station %3 was not stopped.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="+98"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Appearance:</source>
        <translation>&amp;Appearance:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Warn before a recording ends:</source>
        <translation>&amp;Warn before a recording ends:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds before its end a recording is announced</source>
        <translation>Seconds before its end a recording is announced</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> s</source>
        <extracomment>Suffix of a number of seconds</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never</source>
        <extracomment>The ending warning set to 0 seconds</extracomment>
        <translation>Never</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desktop &amp;notifications and taskbar alerts</source>
        <translation>Desktop &amp;notifications and taskbar alerts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desktop notifications</source>
        <translation>Desktop notifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When a recording ends, is about to end, does not start or is not confirmed</source>
        <translation>When a recording ends, is about to end, does not start or is not confirmed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the settings</source>
        <translation>Save the settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../ui/signin/SignInDialog.cpp" line="+167"/>
        <source>The unlock PIN takes digits only.</source>
        <translation>The unlock PIN takes digits only.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The unlock PIN needs %n digit(s) or more.</source>
        <translation>
            <numerusform>The unlock PIN needs %Ln digit or more.</numerusform>
            <numerusform>The unlock PIN needs %Ln digits or more.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the same unlock PIN twice.</source>
        <translation>Type the same unlock PIN twice.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This PIN, and no one else&apos;s, unlocks the station with your remembered key.</source>
        <translation>This PIN, and no one else&apos;s, unlocks the station with your remembered key.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign in to CXone</source>
        <translation>Sign in to CXone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to the demo tenant, served by the CXone simulator built into Vigie on this computer (%1). Its access key is filled in: press Sign in.</source>
        <translation>Sign in to the demo tenant, served by the CXone simulator built into Vigie on this computer (%1). Its access key is filled in: press Sign in.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in to %1 with your CXone access key. You can create one in CXone under your profile &gt; Access keys.</source>
        <translation>Sign in to %1 with your CXone access key. You can create one in CXone under your profile &gt; Access keys.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access &amp;key ID:</source>
        <translation>Access &amp;key ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Secret:</source>
        <translation>&amp;Secret:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access key ID</source>
        <translation>Access key ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access key secret</source>
        <translation>Access key secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remember my key in the system keychain</source>
        <translation>&amp;Remember my key in the system keychain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember my key</source>
        <translation>Remember my key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key is stored only in the operating system&apos;s keychain, never in a file.</source>
        <translation>The key is stored only in the operating system&apos;s keychain, never in a file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlock PIN:</source>
        <translation>&amp;Unlock PIN:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same PIN a&amp;gain:</source>
        <translation>Same PIN a&amp;gain:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your unlock PIN</source>
        <translation>Your unlock PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your unlock PIN, again</source>
        <translation>Your unlock PIN, again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock PIN advice</source>
        <translation>Unlock PIN advice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing in</source>
        <translation>Signing in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in error</source>
        <translation>Sign-in error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;in</source>
        <translation>Sign &amp;in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <location filename="../ui/signin/SignInFlow.cpp" line="+55"/>
        <source>The system keychain refused to keep your proxy credentials: Vigie will ask for them again next time.</source>
        <translation>The system keychain refused to keep your proxy credentials: Vigie will ask for them again next time.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No system keychain is available to keep your proxy credentials: Vigie will ask for them again next time.</source>
        <translation>No system keychain is available to keep your proxy credentials: Vigie will ask for them again next time.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your proxy credentials are remembered in the system keychain.</source>
        <translation>Your proxy credentials are remembered in the system keychain.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your access key is remembered in the system keychain.</source>
        <translation>Your access key is remembered in the system keychain.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This station has no CXone application registration (client ID). Ask your administrator to provision Vigie&apos;s configuration file.</source>
        <translation>This station has no CXone application registration (client ID). Ask your administrator to provision Vigie&apos;s configuration file.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Signed out. Your remembered key was forgotten.</source>
        <translation>Signed out. Your remembered key was forgotten.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Signing in to CXone…</source>
        <translation>Signing in to CXone…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Signed in to CXone as %1.</source>
        <translation>Signed in to CXone as %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <source>Sign-in failed: %1</source>
        <translation>Sign-in failed: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The proxy&apos;s credentials are given. Sign in again.</source>
        <translation>The proxy&apos;s credentials are given. Sign in again.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Without its credentials, the proxy %1 lets Vigie reach nothing.</source>
        <translation>Without its credentials, the proxy %1 lets Vigie reach nothing.</translation>
    </message>
</context>
<context>
    <name>SiteRecordingsModel</name>
    <message>
        <location filename="../ui/models/SiteRecordingsModel.cpp" line="+83"/>
        <source>unconfirmed</source>
        <extracomment>Whole site: a start whose answer its station lost; it may be recording</extracomment>
        <translation>unconfirmed</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Started by</source>
        <extracomment>Column: the supervisor (access key) who started the recording</extracomment>
        <translation>Started by</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Station</source>
        <extracomment>Column: the Vigie station the recording was started from</extracomment>
        <translation>Station</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ends at</source>
        <translation>Ends at</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact ID</source>
        <translation>Contact ID</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../ui/menus/TrayIcon.cpp" line="+75"/>
        <source>Vigie: no recording running</source>
        <translation>Vigie: no recording running</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Vigie: %n recording(s) running, the next ends at %1</source>
        <extracomment>Tooltip of the tray icon</extracomment>
        <translation>
            <numerusform>Vigie: %Ln recording running, it ends at %1</numerusform>
            <numerusform>Vigie: %Ln recordings running, the next ends at %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vigie</source>
        <translation>Vigie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show Vigie</source>
        <translation>&amp;Show Vigie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
</TS>
