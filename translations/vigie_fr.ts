<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActiveRecordingsModel</name>
    <message>
        <source>Started by %1
Purpose: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interaction ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActiveRecordingsView</name>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop recording %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop recording %1 now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentStateText</name>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound consult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound consult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentTableModel</name>
    <message>
        <source>Waiting for CXone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording, %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
User name: %2
Agent ID: %3
CXone user ID: %4
Recording API user-id: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In state for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen recording</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DurationPicker</name>
    <message>
        <source>Ends at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact recording duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours:minutes:seconds, from 0:00:05 to 3:30:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording end time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 h 30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration preset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message numerus="yes">
        <source>%n h</source>
        <comment>hours, abbreviated</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>minutes, abbreviated</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <comment>seconds, abbreviated</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The list of active recordings was damaged (%1). It was kept aside as %2; recordings listed in it may still be running and will end by themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) still running were restored.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Vigie is already running (%1). Use the open window: two Vigie windows would lose track of each other&apos;s recordings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Vigie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Vigie %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Starts and stops screen interaction recordings of NICE CXone agents, and keeps track of every recording until it ends.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading agents: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) listed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The agent list could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording of %1 did not start. %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording of %1 had already ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording of %1 stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording of %1 could not be stopped. %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigie cannot save its list of active recordings (%1). They are kept in memory and saving is retried every second; do not close Vigie until this is solved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of active recordings is saved again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Starting %n recording(s) of %1…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>None of the selected agents is being recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already being recorded; that recording ends at %2 and was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording %1 until %2 (contact %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording of %1 is running but could not be saved to disk yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording of %1 has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting for CXone: %n request(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select one or more agents in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) selected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the CXone simulator (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents updated at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigie — demo with the CXone simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out and forget the remembered access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find an agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Vigie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, user name or team (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name, a user name or a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the agents of one team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the agents in one state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more agents; Enter starts recording them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the screens of the selected agents for the chosen duration (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the recordings of the selected agents (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeText</name>
    <message>
        <source>You are not signed in to CXone. Sign in, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your CXone session has expired. Sign in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your access key is not allowed to do this. Ask your CXone administrator for the permission &quot;Interactions Hub &gt; Record Screen Interaction&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CXone refused the request as invalid. Check the agent and the duration; if it persists, tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CXone is still processing a previous request for this agent. Wait a few seconds and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CXone is busy and asked Vigie to slow down. Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CXone had an internal error. Try again; if it persists, contact NICE support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CXone did not finish in time. Try again: a repeated request is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CXone did not answer in time. Check the network and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CXone cannot be reached. Check the network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CXone answered with something Vigie cannot read. Try again; if it persists, tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CXone answered in an undocumented way. Try again; if it persists, tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request for this agent is already on its way. Wait for its result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected happened. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration must be between 5 seconds and 3 hours 30 minutes. Nothing was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This agent has no CXone user ID, so their screen cannot be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CXone does not know this agent. Refresh the agent list and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CXone accepted the request but did not return the contact ID needed to stop it. The recording may be running and will end by itself at its duration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording had already ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CXone refused this access key. Check the key ID and the secret, and that the key is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This CXone environment was not found. Check the sign-in address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available, so your access key cannot be remembered. Vigie works normally for this session; you will sign in again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access, so your access key was not remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent busy in CXone, retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CXone busy, retry later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CXone error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordingHistoryModel</name>
    <message>
        <source>Ended by itself after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped by the supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Had already ended in CXone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended while Vigie was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to CXone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to %1 with your CXone access key. You can create one in CXone under your profile &gt; Access keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;key ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember my key in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember my key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is stored only in the operating system&apos;s keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>Your access key is remembered in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This station has no CXone application registration (client ID). Ask your administrator to provision Vigie&apos;s configuration file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out. Your remembered key was forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to CXone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to CXone as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
