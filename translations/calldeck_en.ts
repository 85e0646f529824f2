<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>NullOutput</name>
    <message>
        <source>no speaker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenAiClient</name>
    <message>
        <source>The AI provider reported an error mid-answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI provider&apos;s answer stopped before it was complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speech-to-text answer had no text in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI provider rejected the API key (HTTP 401). Check the OpenAI API key in Settings; copied keys often carry stray spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI provider refused access (HTTP 403): this key or project may not use this model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI provider does not know the model &quot;%1&quot; or the address %2 (HTTP 404). Check the model name and the API base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI provider&apos;s rate limit or quota was reached (HTTP 429); try again in a moment or check the account&apos;s usage limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI provider had a server error (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI provider refused the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to the AI provider at %1: the connection was refused. Is the server running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the AI provider at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI provider at %1 did not answer within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI provider at %1 stopped sending for %2 s in the middle of an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the AI provider at %1 dropped in the middle of an answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RealtimeSessionConfig</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Realtime server did not accept telephone audio (μ-law): it chose %1 for the caller and %2 for the agent. The AI was stopped rather than play noise into the call.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SilenceInput</name>
    <message>
        <source>silence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WavFile</name>
    <message>
        <source>%1 is not a usable WAV file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open audio file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not start with a RIFF/WAVE header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the format chunk is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only PCM audio is supported (format %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data chunk comes before the format chunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only 16-bit samples are supported (got %1-bit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 channels at %2 Hz is not plausible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no audio data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no format chunk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WavFileInput</name>
    <message>
        <source>file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio file %1 contains no audio.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WavFileOutput</name>
    <message>
        <source>Cannot write audio file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing audio file %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck-cli</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep CallDeck&apos;s data in DIR (overrides CALLDECK_DATA_DIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given; try &quot;contacts list&quot; or &quot;status&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown region &quot;%1&quot;; use a two-letter ISO 3166 code such as US, SE or GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON for scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read national phone numbers as numbers of REGION (ISO 3166, e.g. SE); default: the region in your profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: calldeck-cli contacts &lt;subcommand&gt; [options]

Subcommands:
  list [--search TEXT] [--json]       List contacts.
  add --name N --phone P [...]        Add a contact.
  import FILE.csv [--region R] [--json]
                                      Import contacts from CSV (&quot;-&quot; reads stdin).
  export [FILE.csv]                   Export all contacts as CSV (stdout without FILE).
  remove ID                           Delete a contact.

Run &quot;calldeck-cli contacts &lt;subcommand&gt; --help&quot; for its options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing subcommand: list, add, import, export or remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand &quot;contacts %1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List contacts ordered by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only contacts whose name, company, phone, email, notes or a tag contain TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a contact. The phone number may be national (read in --region or your profile&apos;s region) or international (+46 70 123 45 67).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead score, 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name and --phone are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead score &quot;%1&quot; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid phone number &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added contact #%1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contacts from a CSV file (UTF-8, header row naming the columns: name and phone required; company, email, notes, tags separated by &apos;;&apos;, lead_score optional). Good rows are stored; every skipped row is reported as &quot;line N: reason&quot;. Exit code 3 when some rows were skipped, 2 when no row could be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file; &quot;-&quot; reads standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected exactly one CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 of %2 contacts from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows skipped: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all contacts as CSV (the format &quot;contacts import&quot; reads).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write; standard output when omitted or &quot;-&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at most one output file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 contacts to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a contact by its id (the ID column of &quot;contacts list&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected exactly one contact id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a contact id (a positive whole number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed contact #%1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMPANY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the environment; keychain not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open CallDeck headless and report its state. Exits 5 when the database cannot be opened; the keychain state is reported but is not an error, since headless machines take secrets from the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from the keychain service within %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data directory:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version:  %1 (this build knows up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default region:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain:        available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain:        unavailable (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain:        error (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings from the environment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number to call (E.164, or national in the US).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sandbox or twilio (default: twilio when configured, else sandbox).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox only: who answers (dental, garden, prospect, busy, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak this 16-bit PCM WAV file into the call instead of the microphone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what the speaker would play (the callee) to this WAV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang up this many seconds after the call is answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One JSON object per line: {&quot;event&quot;, &quot;call&quot;, &quot;detail&quot;, &quot;time&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to NUMBER is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--provider must be sandbox or twilio, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--hangup-after needs a number of seconds, e.g. 30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number CallDeck can call: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such microphone file &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the call engine did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the call did not report its end within %1 seconds of hanging up; giving up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: %1 after %2 s of talk. %3</source>
        <extracomment>Last line of `calldeck-cli call`; %1 outcome word, %2 talk time in seconds, %3 the reason.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CallDeck headless: manage contacts, place calls and run the engine from scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts, call, serve or status (see Commands below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unhealthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the call engine headless: the media server (CALLDECK_LISTEN, default 127.0.0.1:8077), the sandbox line and the configured tunnel (CALLDECK_TUNNEL). Prints the listen URL, the public URL and the tunnel state, then follows changes and call events until SIGINT (Ctrl+C) or SIGTERM. Exits 5 when the engine cannot start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public URL:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnel:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default line: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public URL now %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tunnel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who talks: human, offline (no network), realtime or cascade (need an OpenAI-compatible key). Default: the DefaultAgent setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the AI agent is to achieve, e.g. &quot;get the earliest cleaning appointment this week&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question the AI agent asks (repeatable); its answer is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field to find out, e.g. appointment_time (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is called, e.g. &quot;Bright Smile Dental&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most the AI agent may agree to, e.g. 150 or 149.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to answer the agent&apos;s approval requests: approve or deny (default deny).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--agent must be human, offline, realtime or cascade, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--approvals must be approve or deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-price needs an amount, e.g. 150</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--goal is longer than 2000 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is not available (%1); the call will not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved by --approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declined by --approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost: $%1 (estimated $%2).</source>
        <extracomment>%1 cost in dollars, %2 the estimate before the call.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time over %1 turns: p50 %2 ms, p95 %3 ms.</source>
        <extracomment>Agent response time over the call&apos;s turns.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1 is waiting for your answers; run &quot;task answer %1 KEY=VALUE&quot; first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1 is %2, not ready to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the task&apos;s status was not updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved: within the task&apos;s price limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declined: above the task&apos;s price limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: %1 (session %2); the task is now %3.</source>
        <extracomment>%1 the call&apos;s outcome, %2 the session id, %3 the task&apos;s status afterwards.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--script needs the database, which is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: calldeck-cli script &lt;subcommand&gt; [options]

Subcommands:
  list [--json]                       The scripts you can call with.
  show [NAME] [--json]                Milestones with minutes, questions and fields; objections;
                                      the pre-call checklist. NAME defaults to &quot;default&quot;.
  export [NAME] [-o FILE]             Write the script as JSON (stdout without FILE).
  import FILE                         Store a script from JSON (&quot;-&quot; reads stdin); a script of the
                                      same name gets a new version. A broken file stores nothing:
                                      the error names its JSON path (exit code 2).

Run &quot;calldeck-cli script &lt;subcommand&gt; --help&quot; for its options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing subcommand: list, show, export or import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand &quot;script %1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script &quot;%1&quot; version %2 (%3): %4 milestones, %5 min
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-call checklist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qualification gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a script: milestones, objections and the pre-call checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script name (default: &quot;default&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a script as JSON, the format &quot;script import&quot; reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store a script from JSON. A script with the same name gets a new version; calls already made keep theirs. A broken file stores nothing and the error names its JSON path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON file (&quot;-&quot; reads standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one FILE to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported script &quot;%1&quot; version %2 (%3 milestones).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the scripts (the shipped &quot;default&quot; is always there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  version %2  %3 milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) need fixing.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Place one call and follow it until it ends: you talk (--agent human, through the headset or --mic-file) or an AI agent does (--agent offline|realtime|cascade, with --goal). Exit codes: 0 completed, 2 invalid number or option value, the script gate or the compliance gate blocked the call (the reasons on stderr), 4 no such --mic-file or script, 5 the engine could not start, 6 busy, 7 no answer, 8 failed or rejected by the provider, 9 canceled before it was answered (e.g. Ctrl+C while ringing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the five-statement attestation for this call with your full name (required for --provider twilio).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organization on the attestation (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You accept all five attestation statements (see &quot;task attest --help&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the five statements must be accepted explicitly with --agree-all:%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Commands:
  contacts list [--search TEXT] [--json]
      List contacts: a table (name, phone, company, tags), or a JSON array with --json.
  contacts add --name N --phone P [--company C] [--email E] [--tags a,b] [--notes T]
               [--lead-score N] [--region SE] [--json]
      Add a contact. National numbers are read in --region, else your profile&apos;s region.
  contacts import FILE.csv [--region SE] [--json]
      Import a CSV file (header row naming the columns; name and phone required).
      Prints the imported count and every skipped row as &quot;line N: reason&quot;;
      with --json: {&quot;imported&quot;: N, &quot;errors&quot;: [{&quot;line&quot;: N, &quot;reason&quot;: &quot;...&quot;}]}.
  contacts export [FILE.csv]
      Write all contacts as CSV to FILE, or to standard output.
  contacts remove ID
      Delete the contact with that id.
  call --to NUMBER [--provider sandbox|twilio] [--persona NAME] [--mic-file WAV]
       [--record-file WAV] [--hangup-after SECONDS] [--json]
       [--agent human|offline|realtime|cascade] [--goal TEXT] [--ask Q]... [--obtain KEY]...
       [--max-price P] [--approvals approve|deny] [--attest-name NAME --agree-all]
      Place one call (you talk, or an AI agent does) and print its events and transcript until it ends;
      with --json one object per line: {&quot;event&quot;, &quot;call&quot;, &quot;detail&quot;, &quot;time&quot;}, the last
      one {&quot;event&quot;: &quot;outcome&quot;, ...}. Ctrl+C hangs up.
      A call through Twilio passes the compliance gate and needs --attest-name and --agree-all
      (exit 2 with every reason on stderr when the gate refuses).
  task add &quot;INSTRUCTION&quot; [--number N] [--max-price P] [--at ISO --tz ZONE] [--json]
  task answer ID KEY=VALUE...   task attest ID --name N --agree-all
  task start ID [--agent offline] [--wait] [--json]   task list [--status S] [--json]
  task import FILE.csv [--instruction TEXT]   task cancel ID
      Call tasks: plan a sentence, answer its questions, sign the attestation, place the
      call (exit codes as for call; 2 when the attestation or a rate limit refuses).
  script list|show [NAME] [--json]   script export [NAME] [-o FILE]   script import FILE
      Sales scripts: milestones, objections and the pre-call checklist; import refuses a
      broken file with its JSON path (exit code 2) and stores nothing.
  calls show SESSION-ID|CALL-KEY [--json]
      One stored call: summary, extracted data, transcript, cost, latency, attestation.
  dnc add NUMBER [--reason T]   dnc remove NUMBER   dnc check NUMBER   dnc list [--json]
  dnc import FILE [--reason T]
      The Do-Not-Call list; check exits 2 when the number is listed. import reads one
      10-digit number per line or CSV with a phone column; bad lines are &quot;line N: reason&quot;.
  gate check --to NUMBER [--at ISO-8601] [--json]
      Every rule of the compliance gate for a call to NUMBER; exit 0 allowed, 2 refused.
  serve
      Run the engine headless (media server, sandbox line, tunnel) until Ctrl+C or SIGTERM;
      prints the listen URL, the public URL and the tunnel state.
  status [--json]
      Open the engine headless: data directory, database schema version, contact count,
      keychain state and which credentials come from the environment.

Run &quot;calldeck-cli &lt;command&gt; [&lt;subcommand&gt;] --help&quot; for the options of one command.
Data goes to standard output, errors to standard error.

Exit codes:
  0  success
  1  usage error: unknown command or option, missing or malformed argument
  2  invalid input: bad phone number or region, unreadable CSV, duplicate phone number;
     also an import in which no row could be stored
  3  partial import: some rows were imported, the others are listed as &quot;line N: reason&quot;
  4  not found: no contact with that id, no such input file
  5  storage or keychain failure (database, file system, keychain); the call engine did not start
  6  call: the line was busy
  7  call: nobody answered
  8  call: failed, or the provider rejected it
  9  call: hung up before it was answered (e.g. Ctrl+C while ringing)

Environment:
  CALLDECK_DATA_DIR   where CallDeck keeps its database and settings (--data-dir wins)
  CALLDECK_LISTEN     host:port of the media server (default 127.0.0.1:8077)
  CALLDECK_PUBLIC_URL, CALLDECK_TUNNEL, TWILIO_ACCOUNT_SID, TWILIO_PHONE_NUMBER
                      how Twilio reaches this computer and which account calls
  TWILIO_AUTH_TOKEN, TWILIO_API_KEY_SECRET, OPENAI_API_KEY, ANTHROPIC_API_KEY
                      secrets; they take precedence over the keychain
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: calldeck-cli dnc &lt;subcommand&gt; [options]

Subcommands:
  add NUMBER [--reason TEXT]   Put a number on the Do-Not-Call list (who and when are recorded).
  remove NUMBER                Take it off again.
  check NUMBER                 Exit 0 when it may be called, 2 when it is listed.
  import FILE [--reason TEXT]  One 10-digit number per line (the National DNC Registry&apos;s files),
                               or CSV with a &quot;phone&quot; column; bad lines are reported as
                               &quot;line N: reason&quot; and skipped, the rest go in as one transaction.
  list [--json]                Every listed number, newest first.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing subcommand: add, remove, check, import or list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand &quot;dnc %1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number (E.164, or national).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the number may not be called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on the Do-Not-Call list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is off the Do-Not-Call list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may be called: it is not on the Do-Not-Call list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on the Do-Not-Call list: added by %2 at %3 (%4)%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why these numbers may not be called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 numbers, %2 new on the list; %3 lines skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: calldeck-cli gate check --to NUMBER [--at ISO-8601] [--task ID]
                               [--attest-name NAME --agree-all] [--json]
  Every rule of the compliance gate (attestation, Do-Not-Call, calling hours,
  abuse, rate limits, consent) for a call to NUMBER; exit 0 when it would be
  allowed, 2 when refused.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing subcommand: check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand &quot;gate %1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate the compliance gate for a call to NUMBER without calling. Exit 0 allowed, 2 refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number (E.164, or national in your region).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate the time-dependent rules at this instant (ISO-8601; default now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call task the call belongs to (its attestation and call type count).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate as if you signed the attestation with this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You accept all five attestation statements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at &quot;%1&quot; is not an ISO-8601 date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--task needs a task id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--attest-name needs --agree-all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call would be allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call would be refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::AgentChooser</name>
    <message>
        <source>Who talks on the call: you through your headset, or an AI agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs an OpenAI-compatible API key (Settings › AI or OPENAI_API_KEY)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::AgentFactory</name>
    <message>
        <source>You (headset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline AI (no network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realtime AI (OpenAI Realtime)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cascade AI (speech → chat → speech)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::AiExtractor</name>
    <message>
        <source>%1 The offline extractor was used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI could not process the call: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI&apos;s answer was cut off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::AiPlanner</name>
    <message>
        <source>The AI&apos;s plan could not be used (%1), so CallDeck planned this task offline instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::AiProvidersPage</name>
    <message>
        <source>OpenAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Realtime model:</source>
        <extracomment>Model used for live speech-to-speech calls.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chat model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transcription model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text-to-&amp;speech model:</source>
        <extracomment>TTS = text to speech.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a model name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voice:</source>
        <extracomment>The synthetic voice of the Realtime agent (marin, cedar, alloy, …).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How loud speech must be before the agent treats it as the callee talking. Raise it for noisy lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio kept from before the speech started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the callee must be quiet before the agent answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech &amp;threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech &amp;padding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End of turn after:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::AssistantPage</name>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 4 of SSN</source>
        <extracomment>US social security number, last four digits.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry failed calls &amp;automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve automatically up to:</source>
        <extracomment>Prices up to this amount are accepted by the assistant without asking.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always ask above:</source>
        <extracomment>Prices above this amount always need the user&apos;s approval.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrases the assistant must never say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal details the assistant may share to verify your identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum &amp;retries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant</source>
        <extracomment>Settings page about what the AI assistant may do.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the assistant settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be at least the amount approved automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the assistant settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new phrase</source>
        <extracomment>Placeholder text of a new forbidden phrase, edited in place right away.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::AttestationForm</name>
    <message>
        <source>Confirm that the call is for a legitimate business purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm that the number is not on a Do Not Call registry, or that an established business relationship exempts you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm that you have a reasonable basis to believe the contact expects your call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm that you understand the call is logged and recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm that you accept full legal responsibility for the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your full name to sign the attestation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your full name must have at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your full name can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization name can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::AttestationGate</name>
    <message>
        <source>Could not check the attestation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This call cannot be dialled yet: sign the attestation first (confirm all five statements and type your full name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attestation statements changed (version %1, you signed version %2). Sign the current attestation before dialling.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::AttestationPanel</name>
    <message>
        <source>Attestation before dialling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign and enable calling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed attestation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm each statement and type your full name. Calling stays disabled until everything is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>As on your ID, at least %n characters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed at (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CallDeck version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task is %1; it can be called once it is ready to call.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::AttestationRepository</name>
    <message>
        <source>The attestation needs a valid signing time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the attestation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 does not exist, so it cannot be attested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the attestations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attestation %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attestation signed for task %1 has been altered since it was signed (its hash does not match). Sign the attestation again before dialling.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::AttestationStatements</name>
    <message>
        <source>I confirm this call is for a legitimate business purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I confirm this number is not on any Do Not Call registry to my knowledge, or I have an established business relationship that exempts me.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I confirm I have a reasonable basis to believe this contact wants or expects to hear from me or my business.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand this call will be logged and recorded for compliance purposes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I accept full legal responsibility for compliance with the TCPA, the TSR and applicable telemarketing laws.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::AudioPage</name>
    <message>
        <source>System default</source>
        <extracomment>First entry of the audio device lists: follow the operating system&apos;s choice.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <extracomment>%1 is the id of an audio device that is not connected.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices used to listen to calls and to speak into them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Microphone:</source>
        <extracomment>Audio input device.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <extracomment>Audio output device.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I use &amp;speakers, not a headset: cancel their echo in my microphone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::BatchUpload</name>
    <message>
        <source>The file is empty; it needs a header row with a &quot;phone&quot; column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the header row needs a &quot;phone&quot; column (optional: name, instruction).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header row but no numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has %1 rows; one upload takes at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No instruction: add an &quot;instruction&quot; column or give one for all rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the batch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::CallListModel</name>
    <message>
        <source>Last status from the provider: %1</source>
        <extracomment>Tooltip on a call&apos;s state; %1 is Twilio&apos;s raw status such as &quot;in-progress&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <extracomment>Column: which line carries the call (sandbox persona or Twilio).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>Column: talk time of a call.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <extracomment>The call was answered but the audio stream has not started yet.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected — starting audio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hanging up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <extracomment>%1 is why the call ended, e.g. &quot;The line was busy.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call finished normally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line was busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call was cancelled before it was answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call could not be connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <extracomment>A call on the simulated line; %1 is the persona answering, e.g. &quot;dental&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::CallQueue</name>
    <message>
        <source>No telephony is available to place the call.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::CallRecorder</name>
    <message>
        <source>The call is not being saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the call&apos;s status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the call&apos;s cost and results: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::CallRepository</name>
    <message>
        <source>Call to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call record %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call record needs the telephony provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of agent CallDeck knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cost estimate cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the call record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call %1 is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a call status CallDeck knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the call record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the call&apos;s task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call&apos;s cost cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the call&apos;s cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn %1 has an invalid latency (turns count from 1, times cannot be negative).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the call&apos;s response times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not close the calls that were running when CallDeck stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CallDeck stopped while the call was in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the call record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the call record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extracted value needs a key and a type (string, number, datetime, boolean or json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the call&apos;s summary and extracted data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not look up the call record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call record has the key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the calls of the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no task %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::CallScript</name>
    <message>
        <source>The call cannot use script run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script run %1 is %2, not in progress: start it (pre-call checklist and gate) before the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1 through the sales script to a clear decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prospect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::CallSession</name>
    <message>
        <source>Calling %1 through %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1 accepted by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio connected (stream %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor microphone in the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call handed back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hanging up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No status callbacks have arrived for %1 s; asking Twilio directly. Check the public URL or tunnel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call ended normally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line was busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call was cancelled before it was answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call could not be connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the carrier ended the stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection dropped without a stop message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed by CallDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio stream closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent ended the call: objective met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent ended the call: objective not met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval needed: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have the call; the AI agent holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call handed back to the AI agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI agent stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call ended before you answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(They spoke to the callee for %1 s; no transcript is available.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not transcribe what was said: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::CallStatusBar</name>
    <message>
        <source>Telephony: %1</source>
        <extracomment>Status bar; %1 is the telephony provider, e.g. &quot;Twilio&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No public URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public URL Twilio uses to reach this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain unavailable — secrets cannot be read or saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Active calls: %n</source>
        <extracomment>Status bar counter of calls in progress.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>calldeck::CallStatusLine</name>
    <message>
        <source>offline agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>realtime agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cascade agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you on the headset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sandbox line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialling · %1 · %2</source>
        <extracomment>Call line on the Script panel: &quot;Dialling · offline agent · sandbox line&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringing · %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Live · %1 · %2 · %3</source>
        <extracomment>Call line on the Script panel: &quot;● Live · offline agent · 01:23 · sandbox line&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hanging up · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call ended</source>
        <extracomment>Call line on the Script panel once the call is over: &quot;Call ended · 04:12&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call ended · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::CallTools</name>
    <message>
        <source>The call ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within the auto-approve limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown tool &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact database is open; do not guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This call follows no sales script; &quot;%1&quot; is not available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::CallingHours</name>
    <message>
        <source>%1: &quot;start&quot; and &quot;end&quot; must be HH:MM times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a name and a source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calling-hours rules are not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shipped calling-hours rules are missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CallDeck does not know the time zone of %1, so it cannot tell whether this is a lawful hour to call there; the call is refused rather than guessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on a %2</source>
        <extracomment>%1 local time (20:12), %2 day of the week (Tuesday)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in %2, where it is %3</source>
        <extracomment>%1 phone number, %2 place (Florida), %3 local time(s) (&quot;20:12 on a Tuesday&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2 allows sales calls from %3 until %4.</source>
        <extracomment>%1 situation sentence, %2 rule (Florida, TCPA), %3 start, %4 end</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2 allows no sales calls on a %3.</source>
        <extracomment>%1 situation sentence, %2 rule (Texas), %3 day of the week</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2 allows sales calls from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2 allows sales calls until %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The next opening is %2 local time.</source>
        <extracomment>%1 the refusal so far, %2 local date and time the window opens</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::CapturedFieldsView</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M%1 %2: %3</source>
        <extracomment>One captured value on the live page: &quot;M2 Client count: 620&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::CascadeAgent</name>
    <message>
        <source>The AI base URL &quot;%1&quot; is not a valid http(s) address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cascade agent on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent was about to say the forbidden phrase &quot;%1&quot;; that sentence was left out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::ClarificationForm</name>
    <message>
        <source>The plan needs a few answers before the call can be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer is needed before the call.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::ComposerDock</name>
    <message>
        <source>Compose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compose Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning the call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving your answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task #%1: sign the attestation, then press Call now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::ConfigurationStatus</name>
    <message>
        <source>Twilio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox (simulated calls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (offline agent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::ContactCsv</name>
    <message>
        <source>name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead_score &quot;%1&quot; is not a whole number from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; expected a header row with the columns name and phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a CSV text file (it contains binary data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it as &quot;CSV UTF-8&quot; and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a CSV text file (it contains control characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header row on line %1 is not valid CSV: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header row on line %1 has no %2 column (found: %3); the header must name the columns, at least name and phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 fields like the header, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phone number as line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after the closing quote of field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated quoted field (a quote opened on this line is never closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated quoted field (the quote opened on line %1 is never closed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::ContactCsvTransfer</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::ContactEditDialog</name>
    <message>
        <source>Add Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. customer, dentist</source>
        <extracomment>Placeholder: tags are typed separated by commas.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How promising this contact is, from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::ContactImporter</name>
    <message>
        <source>import cancelled, nothing was stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::ContactListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <extracomment>Column header: labels attached to a contact.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::ContactPicker</name>
    <message>
        <source>No contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::ContactRepository</name>
    <message>
        <source>Could not read the contact&apos;s tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the contact&apos;s tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company name is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact needs a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number in international form (like +14155550123).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead score must be between 0 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes are too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is too long (at most %2 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number %1 already belongs to the contact &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contact with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not look up the phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count the contacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::ContactsDock</name>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, company, phone, email, notes or tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to %1</source>
        <extracomment>%1 is a file path.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts Import/Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a contact (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <extracomment>Button in the contacts panel: import a CSV file.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load contacts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 (%2)? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts yet.
Add one with %1 or import a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <extracomment>The contacts panel&apos;s button; the File menu shows the full &quot;Add Contact…&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::CostMeter</name>
    <message>
        <source>There is no price for &quot;%1&quot;; it is counted as $0. Add it to your price table.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::DashboardDock</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average per call:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 calls used, %3 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no calls yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no completed calls yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% (%2 of %3 completed calls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::DashboardStats</name>
    <message>
        <source>Could not compute the dashboard figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the recent calls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::DialGate</name>
    <message>
        <source>The calling-hours rules could not be loaded, so no call can be checked against them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the call&apos;s attestation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1&apos;s attestation is signed and unaltered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has signed the attestation for this call: confirm its five statements and type your full name before dialling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attestation is incomplete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attested by %1 for this call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on the Do-Not-Call list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on the Do-Not-Call list (added by %2 on %3).</source>
        <extracomment>%1 number, %2 who added it, %3 when</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on the Do-Not-Call list (added by %2 on %3: %4).</source>
        <extracomment>%1 number, %2 who added it, %3 when, %4 why</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count the number&apos;s recent calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was called %2 times in the last 24 hours (at most %3 are allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already called %2 times in the last 24 hours; more than %3 calls to one number a day is treated as harassment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %3 calls this hour and %2 of %4 today.</source>
        <extracomment>%1/%2 calls in the last hour/day, %3/%4 the limits</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call is not recorded; the agent still says it is an AI when one talks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call is recorded and %1 requires every party&apos;s consent: the agent opens with the recording notice and asks for consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call is recorded: the agent opens with the recording notice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::DncRepository</name>
    <message>
        <source>&quot;%1&quot; is not an E.164 number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Do-Not-Call source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the number to the Do-Not-Call list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on the Do-Not-Call list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the Do-Not-Call list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the Do-Not-Call list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count the Do-Not-Call list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import the Do-Not-Call file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s first line has commas but no &quot;phone&quot; column; a CSV needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a phone number (%3)</source>
        <extracomment>%1 line number, %2 the text, %3 why it is not a number</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::DockManager</name>
    <message>
        <source>&amp;Lock Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep panels where they are: no moving, floating or closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put every panel back where it was when CallDeck was first started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::DtmfPad</name>
    <message>
        <source>Send touch tones into the call (you can also type digits, * and # here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1</source>
        <extracomment>Accessible name of a keypad key; %1 is the digit, star or hash.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::Engine</name>
    <message>
        <source>The listen address &quot;%1&quot; is not HOST:PORT (for example 127.0.0.1:8077).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call engine is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio is not configured: set the account SID, the from number and the auth token in Settings › Telephony, or use the sandbox line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;; use &quot;sandbox&quot; or &quot;twilio&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number CallDeck can call: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio cannot reach this computer: set a public https URL in Settings › Telephony (CALLDECK_PUBLIC_URL) or start a tunnel (ngrok or cloudflared).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown agent &quot;%1&quot;; use human, offline, realtime or cascade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 agent needs an OpenAI-compatible API key: set OPENAI_API_KEY or store it in Settings › AI. The offline agent works without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) were still live when CallDeck stopped; they are marked interrupted in the call history.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>my client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find out how %1 can help and note what they offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-call processing failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Outcome %1; %n value(s) extracted</source>
        <extracomment>After a call: %1 the outcome (goal_achieved, declined, …), %2 how many values were extracted.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A call with a sales script needs the database; it is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call is not linked to its script run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script run could not be closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call through Twilio needs the database for the compliance gate; it is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio is no longer configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox line, not enforced: %1</source>
        <extracomment>%1 why the compliance gate would refuse this call on a real line</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::ExtractionJson</name>
    <message>
        <source>The AI&apos;s extraction was not usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no usable summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an outcome CallDeck knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not say whether the goal was achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its fields are not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI&apos;s goal-achieved flag contradicted its outcome; the outcome was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI returned an unknown field &quot;%1&quot;; it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI&apos;s value for &quot;%1&quot; was unreadable; it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::ExtractionKeys</name>
    <message>
        <source>Spoke with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::FollowUpContextBuilder</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::FollowUpContextView</name>
    <message>
        <source>Client count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous call:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unresolved objections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue from M%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to decision (M%1 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over from M%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up: call %1 of this thread · language %2</source>
        <extracomment>Thread line of a follow-up: &quot;Follow-up: call 3 of this thread · language en-US&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no summary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no milestone completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call %1, M%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::GateVerdict</name>
    <message>
        <source>The compliance gate refuses this call. %1</source>
        <extracomment>%1 every reason the compliance gate refused the call, separated by spaces</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do-Not-Call list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abuse pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording consent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::HistoryDock</name>
    <message>
        <source>Call history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call attempts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create follow-up task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-run post-call processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a task to see its plan and its calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1 · %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create follow-up task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should the follow-up call achieve? Contact, number, tone, priority and price limit are taken from this task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up task “%1” created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task marked resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-call processing finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::ImportReportDialog</name>
    <message>
        <source>Contacts Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n contact(s) from %1.</source>
        <extracomment>%1 is a file name; %n the number of contacts imported.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were not imported:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <extracomment>One rejected row of an imported CSV file: %1 line number, %2 the reason.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::InstructionForm</name>
    <message>
        <source>Friendly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assertive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the call should achieve, e.g. &quot;Call Bright Smile Dental at +1 555 555 0100 and get the earliest cleaning appointment this week, under $150&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional; found in the sentence or asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what the call should achieve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instruction is too long (%1 characters; at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::KeychainCredentialStore</name>
    <message>
        <source>Could not read %1 from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store %1 in the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete %1 from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain service answered (%1). CallDeck keeps API keys and tokens only in the system keychain, never in a plain file. Install and unlock GNOME Keyring or KWallet, or, for headless use, set the environment variables %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::LevelMeter</name>
    <message>
        <source>Audio level</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::LogDock</name>
    <message>
        <source>Debug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warnings or errors so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every line from this panel (the log file keeps them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Log File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::MainMenu</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
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
        <source>&amp;Panels</source>
        <extracomment>Submenu listing the dockable panels (Contacts, Log, ...) with a check mark each.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CallDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call &amp;Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the call monitor and give it the keyboard (hold Space to barge in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <extracomment>Menu bar: composing calls and controlling the selected call.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::MainWindow</name>
    <message>
        <source>CallDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About CallDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;CallDeck %1&lt;/h3&gt;&lt;p&gt;A desktop operator console for phone calls placed by you or your AI assistant.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 waits: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 moved to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the call form: complete it, sign and press Call now.</source>
        <extracomment>%1 a phone number handed over by the desktop (a click on a tel: link).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls are unavailable, so %1 was not put in a call form.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::ManualCallForm</name>
    <message>
        <source>Existing client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 555 555 0100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should the call achieve? (%1–%2 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the phone number to call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the purpose of the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the objective in at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The objective is too long (%1 characters; at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::MediaHost</name>
    <message>
        <source>The media server could not listen on %1 port %2; is the port in use?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused a webhook to %1 from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no auth token is set to check X-Twilio-Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no X-Twilio-Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong X-Twilio-Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused a signed webhook to %1 for a call that is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused a WebSocket from %1 to an unknown path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused a media WebSocket from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused a media stream: its token was missing, unknown or already used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::MediaServer</name>
    <message>
        <source>The media server could not listen on %1 port %2; is the port in use?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::MediaStream</name>
    <message>
        <source>a binary frame (Twilio sends only text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a message that is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a message without a required field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a message with an unknown event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a message for another stream (wrong streamSid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a message before the stream started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audio that is not valid base64 μ-law of a sane size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audio on a track other than inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second start message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mark echo CallDeck never sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a message larger than 64 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream %1 rejected %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not started)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A media stream was refused: its token was missing, unknown or already used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::Migrations</name>
    <message>
        <source>Could not read the database schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of schema migrations is not numbered 1, 2, 3, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version %1 does not exist; this CallDeck knows versions 0 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was written by a newer CallDeck (schema version %1; this version knows up to %2). Update CallDeck to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the schema version table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upgrade the database to schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not downgrade the database from schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::MilestoneChecklistForm</name>
    <message>
        <source>Questions to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm before moving on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy mode hides this value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (private)</source>
        <extracomment>Label of a client-sensitive field (hidden in privacy mode)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client-sensitive: hidden in privacy mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::MilestoneStepStrip</name>
    <message>
        <source>M%1 %2 — %3</source>
        <extracomment>Tooltip of a milestone step: &quot;M3 Outcome Vision — current&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::MoneySpinBox</name>
    <message>
        <source>$ </source>
        <extracomment>Currency symbol shown before money amounts in the settings.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::MonitorDock</name>
    <message>
        <source>Call Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place test call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callee level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callee</source>
        <extracomment>Level meter label: the person who was called.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <extracomment>Level meter label: our side of the call (the human agent or the AI).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hear the call on your speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Barge in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold to talk into the call (or hold Space while this panel has the focus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loc&amp;k barge-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your microphone in the call without holding the button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute your microphone in this call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hang up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the selected call (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place a call above, or pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call was not placed: %1</source>
        <extracomment>Banner in the call monitor; %1 is the reason from the engine or the provider.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated cost: $%1 for a %2-minute call</source>
        <extracomment>Pre-call cost estimate; %1 dollars, %2 minutes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the agent accept (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk to the callee yourself while the AI agent holds; click again to hand the call back (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved in the call monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined in the call monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand &amp;back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <extracomment>Monitor: which agent talks on the call.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (you have the call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost $%1 (estimate $%2)</source>
        <extracomment>Monitor: live cost of the call; %1 dollars so far, %2 the estimate before the call.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost $%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Approval needed:&lt;/b&gt; %1 — $%2</source>
        <extracomment>%1 what the agent wants to accept, %2 the amount in dollars.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response p50 %1 ms · p95 %2 ms · turns: %3</source>
        <extracomment>Monitor: agent response time; %1/%2 milliseconds, %3 the number of turns measured.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hang Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take Over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Barge In (Locked)</source>
        <extracomment>Menu entry: keeps the supervisor&apos;s microphone in the call (like the &quot;Lock barge-in&quot; button).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your microphone in the call without holding the button (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::NotesEditor</name>
    <message>
        <source>Notes for this milestone (saved automatically)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy mode hides the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes are limited to %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::NotificationComposer</name>
    <message>
        <source>appointment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call completed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call completed: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up needed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assistant needs more information: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval needed: %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::NotificationListModel</name>
    <message>
        <source>Needs clarification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::NotificationRepository</name>
    <message>
        <source>Could not save the notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notification needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call record %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not mark the notification as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not mark the notifications as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count the unread notifications</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::NotificationsDock</name>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notifications yet. Finished calls, questions from the assistant and approval requests appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call waits for your answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call is waiting for this answer any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved; the assistant continues the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined; the assistant tells the other side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call ended before your answer arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::ObjectionDialog</name>
    <message>
        <source>Resolved — the prospect is satisfied; the call goes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred — stays open on the prospect for the follow-up call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualified — the prospect is not a fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the prospect objecting to?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they said, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;They said:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did it end?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this window; the objection stays open on the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at M%2</source>
        <extracomment>Heading of the objection flow: &quot;Price at M3 — “Worried about the upfront cost”&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at M%2 — “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <extracomment>Progress in the objection flow: &quot;Question 2 of 3&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of objection first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the objection ended, or keep it open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::ObjectionFlow</name>
    <message>
        <source>record an objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an objection type of this script (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The objection note is %1 characters long; at most %2 fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 objection is already closed as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 objection has no diagnostic question %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is %1 characters long; at most %2 fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an outcome the %2 objection allows (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::OfflineAgent</name>
    <message>
        <source>The offline agent left out a sentence with a forbidden phrase (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(callee spoke for %1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tool %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::OfflineExtractor</name>
    <message>
        <source>Called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoke with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the callee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1 again: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line was busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call connected but nobody spoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call reached voicemail; no conversation took place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last call reached voicemail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call did not go through (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call did not go through: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They asked to be called back: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last call did not reach the goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal was achieved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal was not reached; the callee declined: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal was not reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen option: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prospect paused at the decision point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment time was offered on the call but not confirmed as booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal was not reached: the appointment on %1 is outside the days the task allows (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::OfflinePlan</name>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m calling to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could you tell me the %1, please?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could you help me with that?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you very much for your help. Goodbye!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m afraid I did not catch the details. Is it all right if we follow up later?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let me confirm. %1. Is that correct?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One moment please, I need to check that price with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for waiting. %1 agrees to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for waiting. I&apos;m sorry, %1 cannot accept %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you very much for your time. Goodbye!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::OfflinePlanner</name>
    <message>
        <source>No AI is configured, so CallDeck planned this task offline from the words of your instruction. Check the plan before calling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instruction names several phone numbers; CallDeck will call the first one, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greet %1 and say on whose behalf you are calling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain the request: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no later than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the earliest available appointment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the earliest available appointment %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much will it cost?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An appointment is booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An appointment %1 is booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the price, and what does it include?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price is quoted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can you confirm the cancellation and give me a reference number?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cancellation is confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What are your opening hours?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opening hours are known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only accept dates %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only accept times %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not agree to more than %1; ask the user first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price is at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the details back and ask for a confirmation number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank them and end the call politely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which phone number should be called?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should the call achieve?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::OfflineScriptWalk</name>
    <message>
        <source> And </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let&apos;s talk about %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand. Can you tell me more about that?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you. Noted: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry, I need to be sure I got that right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales script %1: reached M%2 %3 (%4 milestone(s) completed on this call).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales script %1: no milestone was completed on this call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objections: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at M%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::OverviewPage</name>
    <message>
        <source>CallDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An operator console for phone calls placed by you or your AI assistant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephony provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain:</source>
        <extracomment>The operating system&apos;s password store (Secret Service, Keychain, Credential Manager).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None — calls through Twilio need a public HTTPS URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls go out through your Twilio account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls use the built-in sandbox line until you enter a Twilio account SID and auth token in Settings › Telephony.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::PhoneNumberEdit</name>
    <message>
        <source>e.g. +1 415 555 0123</source>
        <extracomment>Placeholder in phone number fields.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters are dialled as keypad digits: %1 → %2</source>
        <extracomment>%1 the letters typed in a phone number field, %2 the keypad digits they became.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::PhoneNumbers</name>
    <message>
        <source>unknown country calling code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no country calling code; write it in international form (+...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no country calling code and &quot;%1&quot; is not a known region; write it in international form (+...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too short after the international prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too short for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too long for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong number of digits for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a local number without area code; not a valid number for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid number for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::PhoneZones</name>
    <message>
        <source>Line %1 of the time-zone table is not &quot;prefix&lt;TAB&gt;zones…&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time-zone table is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shipped time-zone table is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::PlaceCallBar</name>
    <message>
        <source>&amp;Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which line carries the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who answers on the sandbox line; choosing one fills in their number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona of the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Tooltip of a sandbox persona; %1 its number, %2 how it answers (answer, busy, no-answer …).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the Twilio account, number and auth token in Settings first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal for the AI agent, e.g. get the earliest cleaning appointment this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place the call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::PlanAnswers</name>
    <message>
        <source>&quot;%1&quot; is not a phone number CallDeck can call: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of dollars (write it like 150 or $150.00).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::PlanParser</name>
    <message>
        <source>The AI&apos;s answer contains no JSON plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI&apos;s plan is not valid JSON (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI&apos;s plan does not fit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI&apos;s plan has no goal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::PlanView</name>
    <message>
        <source>Not before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task #%1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information to obtain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing information</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::PostCallProcessor</name>
    <message>
        <source>Could not save the call&apos;s summary and extracted data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::PostCallRepository</name>
    <message>
        <source>The call record %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the call for post-call processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extracted value needs a key and a type (string, number, datetime, boolean or json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the call&apos;s summary and extracted data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the call&apos;s outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the call&apos;s outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the call&apos;s extracted data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::PreCallChecklist</name>
    <message>
        <source>The prospect has %1 clients; the qualification gate needs at least %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prospect&apos;s client count is unknown; the qualification gate needs at least %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required checklist items not checked: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overridden (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict mode does not allow starting the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an override reason to start the call anyway.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::PreCallChecklistView</name>
    <message>
        <source>Pre-call checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  — gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required before the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::PriceTable</name>
    <message>
        <source>&quot;%1&quot; is not an amount in dollars (write it like 0.014, at most 9 decimals, no sign or currency symbol).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price file %1 is not valid JSON (%2 at character %3). The built-in prices stay in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price file %1 has an invalid date &quot;%2&quot; (write it as YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price file %1 has no &quot;prices&quot; object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price &quot;%1&quot; has the unit &quot;%2&quot;; use minute, token, character or second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price file %1 cannot be read (%2). The built-in prices stay in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price file %1 cannot be written (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::ProfilePage</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Region list entry: %1 country name, %2 ISO code, e.g. &quot;Sweden (SE)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friendly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assertive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <extracomment>Region used to read phone numbers typed without a country code.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default t&amp;one:</source>
        <extracomment>The tone of voice the assistant uses on calls.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assistant may use these details to answer questions on your behalf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load your profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a time zone from the list, e.g. Europe/Stockholm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save your profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::ProfileRepository</name>
    <message>
        <source>The name is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number in international form (like +14155550123).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone (use a name like Europe/Stockholm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region code (two capital letters, like US or SE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount that needs approval cannot be lower than the amount approved automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries must be between 0 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a personal field the assistant knows (known: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A forbidden phrase is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read your profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no local user; it may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save your profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the assistant settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no assistant settings; it may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the assistant settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::PromptBuilder</name>
    <message>
        <source>my client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello, this is an AI assistant calling on behalf of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello, this is an AI assistant calling on behalf of %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This call is being recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::ProspectProfileForm</name>
    <message>
        <source>Privacy mode hides this value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. coaching practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. $250k–$500k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what hurts most today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Business type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revenue range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main &amp;pain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tool stack:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::ProspectRepository</name>
    <message>
        <source>Could not read the prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contact with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client count cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>business type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revenue range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>main pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tool stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is too long (at most %2 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the prospect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::QtAudioInput</name>
    <message>
        <source>No microphone was found. Connect one or choose another input in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone &quot;%1&quot; could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone was disconnected and no other microphone is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone &quot;%1&quot; keeps failing. Check the connection or choose another input.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::QtAudioOutput</name>
    <message>
        <source>No speaker or headset was found. Connect one or choose another output in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speaker &quot;%1&quot; could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speaker was disconnected and no other speaker is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speaker &quot;%1&quot; keeps failing. Check the connection or choose another output.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::QueueScheduler</name>
    <message>
        <source>The line was busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call was hung up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CallDeck stopped while the call was in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call was completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the task&apos;s call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 No retries left (%2 of %3 used).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Retry %2 of %3 at %4.</source>
        <extracomment>%1 why the call failed, %2 retry number, %3 how many retries are allowed, %4 local date and time.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not schedule the retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not recover the call queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reschedule the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 is %2; only a task that is ready to call can be called now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the callee&apos;s calling hours; rescheduled to the next opening. %1</source>
        <extracomment>%1 the calling-hours refusal naming the callee&apos;s local time and the rule</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::RateLimiter</name>
    <message>
        <source>Could not count recent calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate limit check needs a valid time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual calls are switched off: their limit in the settings is 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated calls are switched off: their limit in the settings is 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a call type (expected manual, automated or batch_upload).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual call limit reached: %1 per hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual call limit reached: %1 per 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated call limit reached: %1 per hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated call limit reached: %1 per 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next call is allowed at %1 (in %2 min).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::RealtimeAgent</name>
    <message>
        <source>The AI base URL &quot;%1&quot; is not an http(s) address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OpenAI API key is set, so the Realtime agent cannot connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Realtime server refused the connection (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The connection to the AI was lost and could not be restored after %n attempt(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation item(s) replayed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cut at %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tool call(s) of a %1 response not run</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the arguments are not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Realtime server refused to go on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI provider is rate limiting this call; it goes on (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI reported a problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::RealtimeClient</name>
    <message>
        <source>The Realtime server sent a binary frame; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Realtime server sent an unreadable event; it was ignored (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no event type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::ReasonDialog</name>
    <message>
        <source>Reason (logged with your name and the time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::RunActivityView</name>
    <message>
        <source>Double-click or press Enter to continue an objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open objections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skips and overrides:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>went back to%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jumped to%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>override to%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gate overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resumed at%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 at M%3</source>
        <extracomment>An open objection on the panel: &quot;Price — open at M3: too expensive right now&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::SandboxLine</name>
    <message>
        <source>The requested resource was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox line could not listen on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number in international format (+14155550123).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested resource %1 was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No &apos;To&apos; number is specified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &apos;To&apos; number %1 is not a valid phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number %1 does not appear to be valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;To&apos; phone number %1 cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account not authorized to call %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call blocked by Twilio blocklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &apos;From&apos; phone number is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source phone number provided, %1, is not yet verified for your account. On the sandbox line use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Url parameter is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox line runs inline Twiml only; it does not fetch Url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Twiml parameter is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox line cannot speak: espeak-ng could not load its voice data (%1). Install the espeak-ng-data package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox line cannot speak: espeak-ng output failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox voice &quot;%1&quot; is not available in espeak-ng (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>espeak-ng could not speak a line (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::ScheduleEdit</name>
    <message>
        <source>Call now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone the date and time are in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled time is in the past; pick a later time or call now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are in your time zone, %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are in %1 (%2), not your time zone %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::ScreenshotRunner</name>
    <message>
        <source>Northside Pharmacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pharmacy, refills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get the earliest cleaning appointment this week, under $150</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::ScriptAgentTools</name>
    <message>
        <source>The script could not be reached; the database is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This call&apos;s script is no longer available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script has no milestone %1; the current one is M%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M%1 %2 cannot be completed yet: record %3 with record_field first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a script tool.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::ScriptDock</name>
    <message>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales &amp;Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the script panel: checklist, milestones, objections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise &amp;Objection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the objection flow for the live script run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Privacy Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide client-sensitive values while sharing your screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Present Slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the presentation window for a second screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script — privacy mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy mode on: client details are hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy mode off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call placed: the engine is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placing the call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling with the script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call could not be placed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::ScriptHub</name>
    <message>
        <source>The script runs are not available: no database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call ended before the script started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::ScriptJson</name>
    <message>
        <source>unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not snake_case (like client_count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field type (text, number, bool or choice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a choice field needs options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only choice fields have options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an option is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an outcome (Resolved, Deferred or Disqualified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already used by milestones[%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already used by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one milestone can be the decision (milestones[%1] is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decision milestone needs a &quot;decision&quot; choice field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no decision milestone (one needs &quot;decision&quot;: true)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already used by objections[%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already used by checklist[%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one item can be the gate (checklist[%1] is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a script must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is not supported (this CallDeck reads version %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::ScriptLivePage</name>
    <message>
        <source>Time in this milestone against its estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚑ &amp;Objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the objection flow (Ctrl+Shift+O, from anywhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;verride…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor: move the run to any milestone, with a logged reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare the next call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · call %1 of the thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · strict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · flexible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · privacy mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <extracomment>Progress of a run: &quot;2/7&quot; milestones done</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 milestones done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the run to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run completed — decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the last milestone and the run (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete this milestone and go to the next (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the milestone before, with a reason (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict mode keeps the order; a supervisor can override (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--:-- / %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>Milestone timer: elapsed / estimate, &quot;07:12 / 15:00&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict mode keeps the milestones in order. A supervisor can move the run with Override…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why go back to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why jump to %1? The milestones between are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why skip M%1 %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the run to another milestone. This works in strict mode too and is logged as an override by %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::ScriptRepository</name>
    <message>
        <source>The stored script &quot;%1&quot; is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the script &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script shipped with CallDeck could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no script with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no script named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::ScriptRunRules</name>
    <message>
        <source>has not started yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is already in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is already completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot %1: the call %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the current milestone (%2); strict mode keeps the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmation &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; is too long (at most 500 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a number; &quot;%2&quot; is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs yes or no; &quot;%2&quot; is neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a choice of &quot;%2&quot; (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script &quot;%1&quot; has no milestone M%2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::ScriptRunService</name>
    <message>
        <source>%1 already has a call in progress (script run %2); complete or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script &quot;%1&quot; has no milestone M%2 to resume from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the script run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the pre-call checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pre-call checklist has no item %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resumed from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call key is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no question %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no confirmation %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save notes: the call was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes of %1 are %2 characters long; at most %3 fit. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be completed yet: the current milestone is %2 and strict mode keeps the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed without %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict mode does not allow skipping %1; switch to flexible mode or ask a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already the current milestone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict mode keeps the order; switch to flexible mode or ask a supervisor to move the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel the call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::ScriptRunTables</name>
    <message>
        <source>Could not read the script runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the script run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no script run with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script of run %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the call thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the call thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the script run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not log the script event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no objection with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the objections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no recorded call with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::ScriptSetupPage</name>
    <message>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rospect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict — order and required items enforced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexible — skips and overrides with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox line (simulated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Override reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexible mode: why call anyway (logged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect %1 %2</source>
        <extracomment>A prospect in the picker while privacy mode hides names: &quot;Prospect 3 •••&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier calls could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio (real phone call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the script…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Qualified: %1 clients ≥ %2</source>
        <extracomment>Gate line: &quot;✓ Qualified: 620 clients ≥ 500&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✕ Blocked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a prospect first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an override reason or complete the checklist to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict mode: the call cannot start until the gate passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the run and place the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start follow-up call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1 of the thread with %2, %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prospect&apos;s profile could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::SecretField</name>
    <message>
        <source>Set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value will be stored when you apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be removed from the keychain when you apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <extracomment>A secret (API key or token) that is not configured.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From environment variable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the new value (%1). It is stored in the system keychain and never shown again.</source>
        <extracomment>%1 is an environment variable name such as OPENAI_API_KEY, shown to identify the secret.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable %1 overrides whatever is stored here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::SessionDetailView</name>
    <message>
        <source>Goal achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not processed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Said on the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a call attempt to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider call id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No summary yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response latency: not measured for this call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response latency over %1 turns: p50 %2 ms, p95 %3 ms (CallDeck&apos;s own share: p50 %4 ms, p95 %5 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attestation was signed for this task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed attestation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed at (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHANGED after signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning AI</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::Settings</name>
    <message>
        <source>the file or its folder is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a valid settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save settings to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the settings file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available, so API keys and tokens cannot be read or saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by environment variable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a full URL starting with https://, e.g. https://example.com</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::ShortcutsDialog</name>
    <message>
        <source>Talk into the call while held (push to talk)</source>
        <extracomment>Keyboard shortcut list: what holding Space does in the call monitor.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::SingleInstance</name>
    <message>
        <source>Cannot create the lock file in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CallDeck is already running for %1 but does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::SlideNavigator</name>
    <message>
        <source>Present (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the presentation window for a second screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slides:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Slide position in the navigator: &quot;2/3&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::SlideWindow</name>
    <message>
        <source>CallDeck — Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide %1 of %2  ·  ← → to change  ·  Esc to close</source>
        <extracomment>Footer of the presentation window: &quot;Slide 2 of 3 · ← → to change · Esc to close&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::Store</name>
    <message>
        <source>The database is closed; the request was not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite database driver (QSQLITE) is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not configure the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite library does not enforce foreign keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be opened from one of its own jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::TaskCallBrief</name>
    <message>
        <source>not before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no later than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::TaskListModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::TaskNextAction</name>
    <message>
        <source>Plan the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry or follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::TaskOverviewHtml</name>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask before agreeing to more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not planned yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information to obtain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::TaskPlan</name>
    <message>
        <source>The plan&apos;s field &quot;%1&quot; should be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date like 2025-11-27</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two times like [&quot;09:00&quot;, &quot;17:00&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number of cents (15000 for $150)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of {&quot;key&quot;, &quot;question&quot;} objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object of texts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::TaskPlanner</name>
    <message>
        <source>The AI planner failed: %1 CallDeck planned this task offline instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::TaskRepository</name>
    <message>
        <source>Which phone number should be called?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone CallDeck knows (use a name like Europe/Stockholm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled time is in the past; pick a later time or call now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what the call should achieve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instruction is too long (%1 characters; at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number CallDeck can call: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contact with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the phone number to call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names are limited to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the purpose of the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the objective in at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The objective is too long (%1 characters; at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no task with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the task&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This task is &quot;%1&quot; and is not waiting for answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This task has no plan to answer questions for yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task that is &quot;%1&quot; can no longer be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a finished task can be marked resolved; this one is &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not mark the task resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::TaskStateMachine</name>
    <message>
        <source>The task is already &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task is &quot;%1&quot; and can no longer change to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task that is &quot;%1&quot; cannot become &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::TaskStatus</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::TelephonyPage</name>
    <message>
        <source>e.g. https://calldeck.example.com</source>
        <extracomment>Placeholder: the public HTTPS address (e.g. a tunnel) where Twilio reaches this computer.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a Twilio account SID and auth token, calls go to the built-in sandbox line (simulated calls).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;SID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From number:</source>
        <extracomment>The caller ID number calls are placed from.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Public URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio &amp;API base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account SID is “AC” followed by 32 hexadecimal characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>Tunnel choice: no tunnel is started.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key SID (optional):</source>
        <extracomment>Optional: authenticate REST calls with an API key instead of the auth token.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tunnel:</source>
        <extracomment>Program started to expose the media server to Twilio when no public URL is set.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <extracomment>host:port the local media server listens on.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An API key SID is “SK” followed by 32 hexadecimal characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use HOST:PORT, for example 127.0.0.1:8077.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::ToolCatalog</name>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tool called &quot;%1&quot;. Available tools: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arguments for &quot;%1&quot; are not valid JSON (%2). Send a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tool &quot;%1&quot; needs the argument &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tool &quot;%1&quot; has no argument &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The argument &quot;%1&quot; of &quot;%2&quot; must be %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount to approve cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::TranscriptDelegate</name>
    <message>
        <source>cut off</source>
        <extracomment>Badge on an agent segment the callee interrupted; the text is what the callee heard.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>Speech-recognition confidence of a transcript segment, e.g. &quot;92%&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speaking…</source>
        <extracomment>Shown next to a transcript segment that is still being spoken / transcribed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::TranscriptDock</name>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call whose transcript is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected lines, or the whole transcript when none is selected (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the transcript as plain text or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search this call (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transcript appears here as soon as a call connects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — live</source>
        <extracomment>Call selector entry: phone number and whether the call is still going.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Search position in the transcript, e.g. &quot;2 of 5&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to live ↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to end ↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n transcript line(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transcript-%1.txt</source>
        <extracomment>Default file name of an exported transcript; %1 is the call&apos;s key.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::TranscriptExport</name>
    <message>
        <source>[cut off]</source>
        <extracomment>Marks an agent segment the callee interrupted, in copied/exported transcripts.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::TranscriptModel</name>
    <message>
        <source>Agent</source>
        <extracomment>Transcript speaker: the AI (or human) agent calling on the user&apos;s behalf.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callee</source>
        <extracomment>Transcript speaker: the person who was called.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <extracomment>Transcript speaker: the CallDeck user talking into the call (barge-in).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>Transcript speaker: CallDeck&apos;s own notes (call connected, recording on, …).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::TranscriptRepository</name>
    <message>
        <source>Could not save the call&apos;s transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transcript cannot be saved: the call record %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a transcript speaker CallDeck knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the call&apos;s transcript</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::TranscriptWriter</name>
    <message>
        <source>The call&apos;s transcript could not be saved (%1). CallDeck keeps the text and tries again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::TrayNotifier</name>
    <message numerus="yes">
        <source>CallDeck — %n unread notification(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>CallDeck</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::TunnelManager</name>
    <message>
        <source>ngrok needs an account and an auth token. Sign up at ngrok.com, then run &quot;ngrok config add-authtoken YOUR_TOKEN&quot; and restart the tunnel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ngrok address is already online: another ngrok agent still runs with it. Stop the other agent, then restart the tunnel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your ngrok account already runs as many agents as its plan allows. Stop one (perhaps on another computer), then restart the tunnel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ngrok address is offline: the ngrok agent is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ngrok cannot reach CallDeck&apos;s media server on port %1. Check that it is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ngrok reported error ERR_NGROK_%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not installed. Install it, or choose another way to reach CallDeck from the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for Cloudflare to register the tunnel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped unexpectedly (exit code %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not report a public address within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reported an address but never connected within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 instead of CallDeck&apos;s health check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers, but not with this CallDeck&apos;s media server. Is another program using the tunnel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnel stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tunnel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::TunnelStatusLabel</name>
    <message>
        <source>The sandbox line speaks Twilio&apos;s protocol on this computer, with simulated people answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox line — calls are simulated, nothing leaves this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnel starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnel up — Twilio reaches this computer at %1</source>
        <extracomment>%1 is the tunnel&apos;s public https URL.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnel not answering at %1: %2</source>
        <extracomment>%1 is the public URL, %2 what the health check saw.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnel failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnel failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public URL %1 (no tunnel)</source>
        <extracomment>No tunnel, but a public URL is set in the settings; %1 is that URL.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No public URL — Twilio cannot reach this computer; start a tunnel or set one in Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::TwilioRestClient</name>
    <message>
        <source>Twilio rejected the credentials. Check the account SID and auth token (or API key) in Settings › Telephony; copied values often carry stray spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Twilio account has no API access (suspended or closed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio does not know this call or account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio is receiving too many requests from this account; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number you are calling is not a valid phone number. Use the international format, e.g. +14155550123.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller number is not a Twilio number or verified caller ID of this account. Check &quot;From number&quot; in Settings › Telephony.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number you are calling cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Twilio geographic permissions do not allow calls to this country. Enable it in the Twilio console under Voice › Geo permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio blocks calls to this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial Twilio accounts can only call verified numbers. Verify this number in the Twilio console or upgrade the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call instructions (TwiML) are longer than Twilio&apos;s 4000-character limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach Twilio at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio had a server error (HTTP %1) and did not recover after %2 attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio refused the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tried %1 times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio says: %1 (error %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::TwimlBuilder</name>
    <message>
        <source>The media stream address &quot;%1&quot; is not a wss:// URL without a query string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream parameter &quot;%1&quot; is too long for Twilio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call instructions (TwiML) are longer than Twilio&apos;s 4000-character limit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::WebhookParser</name>
    <message>
        <source>The Twilio webhook has no %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::cli::CallScriptSetup</name>
    <message>
        <source>Follow this sales script (e.g. default): the call becomes a script run of the prospect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --script: strict (order and required items enforced) or flexible (default: the setting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --script: store the prospect&apos;s client count (the qualification gate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --script: pre-call checklist items done: all, or ids like 1,2,3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --script in flexible mode: start although the gate or checklist is not met, for this logged reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --script on a follow-up: resume at milestone N, or &quot;decision&quot; to jump to the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--script needs a script name, e.g. default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mode must be strict or flexible, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client-count needs a whole number of clients, e.g. 620</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--checklist takes all or item ids like 1,2,3, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resume takes a milestone number or &quot;decision&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call with --script needs the database, which is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up call %1 of %2&apos;s thread; resuming at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>script run %1 for %2 (%3 mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the call is blocked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gate overridden: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>objection %1 at M%2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — completed (%2/%3)</source>
        <extracomment>Progress line of `call --script`: &quot;M2 Current State Mapping — completed (2/7)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — skipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>script run %1 %2: %3/%4 milestones done, last %5%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, decision %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::sandbox</name>
    <message>
        <source>Unknown persona outcome &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::sandbox::Persona</name>
    <message>
        <source>The sandbox line has no persona named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The persona file &quot;%1&quot; is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The persona &quot;%1&quot; has no E.164 number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The persona &quot;%1&quot; answers but has no greeting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::sandbox::SandboxMediaClient</name>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calldeck::sandbox::SandboxTwiml</name>
    <message>
        <source>The call instructions (TwiML) must start with &lt;Response&gt;, not &lt;%1&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &lt;Stream&gt; in the call instructions has no url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &lt;Stream&gt; url &quot;%1&quot; is not a wss:// address (error 31922).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call instructions (TwiML) are not valid XML: %1 (line %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call instructions (TwiML) have no &lt;Response&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop operator console for phone calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save screenshots of the main window and dialogs into &lt;dir&gt;, then quit. Also read from CALLDECK_SCREENSHOT_DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CallDeck cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CallDeck could not open its database:
%1

%2

Check that the folder exists and is writable, or point CALLDECK_DATA_DIR at another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls are unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tel: link or phone number to put into the manual call form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CallDeck is already running for this data folder but does not respond:
%1

Close it, or point CALLDECK_DATA_DIR at another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
