<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>NullOutput</name>
    <message>
        <source>no speaker</source>
        <translation>ingen högtalare</translation>
    </message>
</context>
<context>
    <name>OpenAiClient</name>
    <message>
        <source>The AI provider reported an error mid-answer: %1</source>
        <translation>AI-leverantören rapporterade ett fel mitt i svaret: %1</translation>
    </message>
    <message>
        <source>The AI provider&apos;s answer stopped before it was complete.</source>
        <translation>AI-leverantörens svar avbröts innan det var klart.</translation>
    </message>
    <message>
        <source>The speech-to-text answer had no text in it.</source>
        <translation>Svaret från tal till text innehöll ingen text.</translation>
    </message>
    <message>
        <source>The AI provider rejected the API key (HTTP 401). Check the OpenAI API key in Settings; copied keys often carry stray spaces.</source>
        <translation>AI-leverantören avvisade API-nyckeln (HTTP 401). Kontrollera API-nyckeln för OpenAI i Inställningar; kopierade nycklar innehåller ofta extra mellanslag.</translation>
    </message>
    <message>
        <source>The AI provider refused access (HTTP 403): this key or project may not use this model.</source>
        <translation>AI-leverantören nekade åtkomst (HTTP 403): den här nyckeln eller det här projektet får inte använda modellen.</translation>
    </message>
    <message>
        <source>The AI provider does not know the model &quot;%1&quot; or the address %2 (HTTP 404). Check the model name and the API base URL.</source>
        <translation>AI-leverantören känner inte till modellen &quot;%1&quot; eller adressen %2 (HTTP 404). Kontrollera modellnamnet och API:ets bas-URL.</translation>
    </message>
    <message>
        <source>The AI provider&apos;s rate limit or quota was reached (HTTP 429); try again in a moment or check the account&apos;s usage limits.</source>
        <translation>AI-leverantörens hastighetsbegränsning eller kvot har nåtts (HTTP 429); försök igen om en stund eller kontrollera kontots användningsgränser.</translation>
    </message>
    <message>
        <source>The AI provider had a server error (HTTP %1).</source>
        <translation>AI-leverantören fick ett serverfel (HTTP %1).</translation>
    </message>
    <message>
        <source>The AI provider refused the request (HTTP %1).</source>
        <translation>AI-leverantören nekade begäran (HTTP %1).</translation>
    </message>
    <message>
        <source>It says: %1</source>
        <translation>Leverantören svarar: %1</translation>
    </message>
    <message>
        <source>Could not connect to the AI provider at %1: the connection was refused. Is the server running?</source>
        <translation>Det gick inte att ansluta till AI-leverantören på %1: anslutningen nekades. Körs servern?</translation>
    </message>
    <message>
        <source>Could not reach the AI provider at %1: %2</source>
        <translation>Det gick inte att nå AI-leverantören på %1: %2</translation>
    </message>
    <message>
        <source>The AI provider at %1 did not answer within %2 s.</source>
        <translation>AI-leverantören på %1 svarade inte inom %2 s.</translation>
    </message>
    <message>
        <source>The AI provider at %1 stopped sending for %2 s in the middle of an answer.</source>
        <translation>AI-leverantören på %1 slutade skicka data i %2 s mitt i ett svar.</translation>
    </message>
    <message>
        <source>The connection to the AI provider at %1 dropped in the middle of an answer.</source>
        <translation>Anslutningen till AI-leverantören på %1 bröts mitt i ett svar.</translation>
    </message>
</context>
<context>
    <name>RealtimeSessionConfig</name>
    <message>
        <source>none</source>
        <translation>inget</translation>
    </message>
    <message>
        <source>The Realtime server did not accept telephone audio (μ-law): it chose %1 for the caller and %2 for the agent. The AI was stopped rather than play noise into the call.</source>
        <translation>Realtime-servern accepterade inte telefonljud (μ-law): den valde %1 för motpartens ljud och %2 för agentens. AI:n stoppades hellre än att spela upp brus i samtalet.</translation>
    </message>
</context>
<context>
    <name>SilenceInput</name>
    <message>
        <source>silence</source>
        <translation>tystnad</translation>
    </message>
</context>
<context>
    <name>WavFile</name>
    <message>
        <source>%1 is not a usable WAV file: %2</source>
        <translation>%1 är inte en användbar WAV-fil: %2</translation>
    </message>
    <message>
        <source>Audio file %1 does not exist.</source>
        <translation>Ljudfilen %1 finns inte.</translation>
    </message>
    <message>
        <source>Cannot open audio file %1: %2</source>
        <translation>Kan inte öppna ljudfilen %1: %2</translation>
    </message>
    <message>
        <source>it does not start with a RIFF/WAVE header</source>
        <translation>den börjar inte med ett RIFF/WAVE-huvud</translation>
    </message>
    <message>
        <source>the format chunk is truncated</source>
        <translation>formatblocket är avkortat</translation>
    </message>
    <message>
        <source>only PCM audio is supported (format %1)</source>
        <translation>endast PCM-ljud stöds (format %1)</translation>
    </message>
    <message>
        <source>the data chunk comes before the format chunk</source>
        <translation>datablocket kommer före formatblocket</translation>
    </message>
    <message>
        <source>only 16-bit samples are supported (got %1-bit)</source>
        <translation>endast 16-bitars sampel stöds (filen har %1 bitar)</translation>
    </message>
    <message>
        <source>%1 channels at %2 Hz is not plausible</source>
        <translation>%1 kanaler med %2 Hz är inte rimligt</translation>
    </message>
    <message>
        <source>it has no audio data</source>
        <translation>den innehåller inga ljuddata</translation>
    </message>
    <message>
        <source>it has no format chunk</source>
        <translation>den saknar formatblock</translation>
    </message>
</context>
<context>
    <name>WavFileInput</name>
    <message>
        <source>file: %1</source>
        <translation>fil: %1</translation>
    </message>
    <message>
        <source>Audio file %1 contains no audio.</source>
        <translation>Ljudfilen %1 innehåller inget ljud.</translation>
    </message>
</context>
<context>
    <name>WavFileOutput</name>
    <message>
        <source>Cannot write audio file %1: %2</source>
        <translation>Kan inte skriva ljudfilen %1: %2</translation>
    </message>
    <message>
        <source>Writing audio file %1 failed: %2</source>
        <translation>Skrivningen av ljudfilen %1 misslyckades: %2</translation>
    </message>
    <message>
        <source>file: %1</source>
        <translation>fil: %1</translation>
    </message>
</context>
<context>
    <name>calldeck-cli</name>
    <message>
        <source>Show this help.</source>
        <translation>Visa den här hjälpen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Visa versionen.</translation>
    </message>
    <message>
        <source>Keep CallDeck&apos;s data in DIR (overrides CALLDECK_DATA_DIR).</source>
        <translation>Lagra CallDecks data i DIR (åsidosätter CALLDECK_DATA_DIR).</translation>
    </message>
    <message>
        <source>no command given; try &quot;contacts list&quot; or &quot;status&quot;</source>
        <translation>inget kommando angavs; prova &quot;contacts list&quot; eller &quot;status&quot;</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>okänt kommando &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown region &quot;%1&quot;; use a two-letter ISO 3166 code such as US, SE or GB</source>
        <translation>okänd region &quot;%1&quot;; använd en landskod med två bokstäver enligt ISO 3166, till exempel US, SE eller GB</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for usage.</source>
        <translation>Kör &quot;%1 --help&quot; för att se hur kommandot används.</translation>
    </message>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>Skriv ut JSON för skript.</translation>
    </message>
    <message>
        <source>Read national phone numbers as numbers of REGION (ISO 3166, e.g. SE); default: the region in your profile.</source>
        <translation>Tolka nationella telefonnummer som nummer i REGION (ISO 3166, t.ex. SE); standard: regionen i din profil.</translation>
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
        <translation>Användning: calldeck-cli contacts &lt;subcommand&gt; [options]

Underkommandon:
  list [--search TEXT] [--json]       Lista kontakter.
  add --name N --phone P [...]        Lägg till en kontakt.
  import FILE.csv [--region R] [--json]
                                      Importera kontakter från CSV (&quot;-&quot; läser stdin).
  export [FILE.csv]                   Exportera alla kontakter som CSV (stdout utan FILE).
  remove ID                           Ta bort en kontakt.

Kör &quot;calldeck-cli contacts &lt;subcommand&gt; --help&quot; för att se dess flaggor.
</translation>
    </message>
    <message>
        <source>missing subcommand: list, add, import, export or remove</source>
        <translation>underkommando saknas: list, add, import, export eller remove</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;contacts %1&quot;</source>
        <translation>okänt underkommando &quot;contacts %1&quot;</translation>
    </message>
    <message>
        <source>List contacts ordered by name.</source>
        <translation>Lista kontakter sorterade efter namn.</translation>
    </message>
    <message>
        <source>Only contacts whose name, company, phone, email, notes or a tag contain TEXT.</source>
        <translation>Endast kontakter vars namn, företag, telefonnummer, e-postadress, anteckningar eller någon tagg innehåller TEXT.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>oväntat argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Add a contact. The phone number may be national (read in --region or your profile&apos;s region) or international (+46 70 123 45 67).</source>
        <translation>Lägg till en kontakt. Telefonnumret kan vara nationellt (tolkas enligt --region eller regionen i din profil) eller internationellt (+46 70 123 45 67).</translation>
    </message>
    <message>
        <source>Name (required).</source>
        <translation>Namn (obligatoriskt).</translation>
    </message>
    <message>
        <source>Phone number (required).</source>
        <translation>Telefonnummer (obligatoriskt).</translation>
    </message>
    <message>
        <source>Company.</source>
        <translation>Företag.</translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation>E-postadress.</translation>
    </message>
    <message>
        <source>Tags, comma-separated.</source>
        <translation>Taggar, kommaseparerade.</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>Anteckningar.</translation>
    </message>
    <message>
        <source>Lead score, 0 to 100.</source>
        <translation>Leadpoäng, 0 till 100.</translation>
    </message>
    <message>
        <source>--name and --phone are required</source>
        <translation>--name och --phone är obligatoriska</translation>
    </message>
    <message>
        <source>lead score &quot;%1&quot; is not a whole number</source>
        <translation>leadpoängen &quot;%1&quot; är inte ett heltal</translation>
    </message>
    <message>
        <source>invalid phone number &quot;%1&quot;: %2</source>
        <translation>ogiltigt telefonnummer &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Added contact #%1: %2, %3</source>
        <translation>Lade till kontakt nr %1: %2, %3</translation>
    </message>
    <message>
        <source>Import contacts from a CSV file (UTF-8, header row naming the columns: name and phone required; company, email, notes, tags separated by &apos;;&apos;, lead_score optional). Good rows are stored; every skipped row is reported as &quot;line N: reason&quot;. Exit code 3 when some rows were skipped, 2 when no row could be imported.</source>
        <translation>Importera kontakter från en CSV-fil (UTF-8, rubrikrad som namnger kolumnerna: name och phone krävs; company, email, notes, tags åtskilda med &apos;;&apos; och lead_score är valfria). Giltiga rader lagras; varje överhoppad rad rapporteras som &quot;rad N: orsak&quot;. Slutstatus 3 när vissa rader hoppades över, 2 när ingen rad kunde importeras.</translation>
    </message>
    <message>
        <source>The CSV file; &quot;-&quot; reads standard input.</source>
        <translation>CSV-filen; &quot;-&quot; läser från standardindata.</translation>
    </message>
    <message>
        <source>expected exactly one CSV file</source>
        <translation>förväntade exakt en CSV-fil</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>kan inte läsa &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Imported %1 of %2 contacts from %3.</source>
        <translation>Importerade %1 av %2 kontakter från %3.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>rad %1: %2</translation>
    </message>
    <message>
        <source>Rows skipped: %1.</source>
        <translation>Överhoppade rader: %1.</translation>
    </message>
    <message>
        <source>Export all contacts as CSV (the format &quot;contacts import&quot; reads).</source>
        <translation>Exportera alla kontakter som CSV (det format som &quot;contacts import&quot; läser).</translation>
    </message>
    <message>
        <source>Where to write; standard output when omitted or &quot;-&quot;.</source>
        <translation>Vart utdata skrivs; standardutdata om det utelämnas eller är &quot;-&quot;.</translation>
    </message>
    <message>
        <source>expected at most one output file</source>
        <translation>förväntade högst en utdatafil</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>kan inte skriva &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Exported %1 contacts to %2.</source>
        <translation>Exporterade %1 kontakter till %2.</translation>
    </message>
    <message>
        <source>Delete a contact by its id (the ID column of &quot;contacts list&quot;).</source>
        <translation>Ta bort en kontakt via dess id (kolumnen ID i &quot;contacts list&quot;).</translation>
    </message>
    <message>
        <source>The contact&apos;s id.</source>
        <translation>Kontaktens id.</translation>
    </message>
    <message>
        <source>expected exactly one contact id</source>
        <translation>förväntade exakt ett kontakt-id</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a contact id (a positive whole number)</source>
        <translation>&quot;%1&quot; är inte ett kontakt-id (ett positivt heltal)</translation>
    </message>
    <message>
        <source>Removed contact #%1 (%2).</source>
        <translation>Tog bort kontakt nr %1 (%2).</translation>
    </message>
    <message>
        <source>No contacts.</source>
        <translation>Inga kontakter.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAMN</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>TELEFON</translation>
    </message>
    <message>
        <source>COMPANY</source>
        <translation>FÖRETAG</translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation>TAGGAR</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Totalt: %1</translation>
    </message>
    <message>
        <source>from the environment</source>
        <translation>från miljön</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>lagrad i nyckelringen</translation>
    </message>
    <message>
        <source>not in the environment; keychain not readable</source>
        <translation>finns inte i miljön; nyckelringen kan inte läsas</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>inte angiven</translation>
    </message>
    <message>
        <source>Open CallDeck headless and report its state. Exits 5 when the database cannot be opened; the keychain state is reported but is not an error, since headless machines take secrets from the environment.</source>
        <translation>Öppna CallDeck utan grafiskt gränssnitt och rapportera dess status. Avslutas med status 5 om databasen inte kan öppnas; nyckelringens status rapporteras men räknas inte som fel, eftersom maskiner utan grafiskt gränssnitt hämtar hemligheter från miljön.</translation>
    </message>
    <message>
        <source>no answer from the keychain service within %1 seconds</source>
        <translation>inget svar från nyckelringstjänsten inom %1 sekunder</translation>
    </message>
    <message>
        <source>Data directory:  %1</source>
        <translation>Datakatalog:     %1</translation>
    </message>
    <message>
        <source>Database:        %1</source>
        <translation>Databas:         %1</translation>
    </message>
    <message>
        <source>Schema version:  %1 (this build knows up to %2)</source>
        <translation>Schemaversion:   %1 (den här versionen känner till upp till %2)</translation>
    </message>
    <message>
        <source>Contacts:        %1</source>
        <translation>Kontakter:       %1</translation>
    </message>
    <message>
        <source>Default region:  %1</source>
        <translation>Standardregion:  %1</translation>
    </message>
    <message>
        <source>Keychain:        available</source>
        <translation>Nyckelring:      tillgänglig</translation>
    </message>
    <message>
        <source>Keychain:        unavailable (%1)</source>
        <translation>Nyckelring:      inte tillgänglig (%1)</translation>
    </message>
    <message>
        <source>Keychain:        error (%1)</source>
        <translation>Nyckelring:      fel (%1)</translation>
    </message>
    <message>
        <source>Credentials:</source>
        <translation>Inloggningsuppgifter:</translation>
    </message>
    <message>
        <source>Settings from the environment: %1</source>
        <translation>Inställningar från miljön: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>slutfört</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>upptaget</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>inget svar</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>avbrutet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>misslyckades</translation>
    </message>
    <message>
        <source>The number to call (E.164, or national in the US).</source>
        <translation>Numret att ringa (E.164, eller nationellt format i USA).</translation>
    </message>
    <message>
        <source>sandbox or twilio (default: twilio when configured, else sandbox).</source>
        <translation>sandbox eller twilio (standard: twilio om det är konfigurerat, annars sandbox).</translation>
    </message>
    <message>
        <source>Sandbox only: who answers (dental, garden, prospect, busy, …).</source>
        <translation>Endast sandlåda: vem som svarar (dental, garden, prospect, busy, …).</translation>
    </message>
    <message>
        <source>Speak this 16-bit PCM WAV file into the call instead of the microphone.</source>
        <translation>Spela upp den här WAV-filen (16-bitars PCM) i samtalet i stället för mikrofonen.</translation>
    </message>
    <message>
        <source>Write what the speaker would play (the callee) to this WAV file.</source>
        <translation>Skriv det som högtalaren skulle spela upp (den uppringda parten) till den här WAV-filen.</translation>
    </message>
    <message>
        <source>Hang up this many seconds after the call is answered.</source>
        <translation>Lägg på så här många sekunder efter att samtalet har besvarats.</translation>
    </message>
    <message>
        <source>One JSON object per line: {&quot;event&quot;, &quot;call&quot;, &quot;detail&quot;, &quot;time&quot;}.</source>
        <translation>Ett JSON-objekt per rad: {&quot;event&quot;, &quot;call&quot;, &quot;detail&quot;, &quot;time&quot;}.</translation>
    </message>
    <message>
        <source>--to NUMBER is required</source>
        <translation>--to NUMBER krävs</translation>
    </message>
    <message>
        <source>--provider must be sandbox or twilio, not &quot;%1&quot;</source>
        <translation>--provider måste vara sandbox eller twilio, inte &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--hangup-after needs a number of seconds, e.g. 30</source>
        <translation>--hangup-after kräver ett antal sekunder, t.ex. 30</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number CallDeck can call: %2</source>
        <translation>&quot;%1&quot; är inget nummer som CallDeck kan ringa: %2</translation>
    </message>
    <message>
        <source>no such microphone file &quot;%1&quot;</source>
        <translation>mikrofonfilen &quot;%1&quot; finns inte</translation>
    </message>
    <message>
        <source>the call engine did not start: %1</source>
        <translation>samtalsmotorn startade inte: %1</translation>
    </message>
    <message>
        <source>the call did not report its end within %1 seconds of hanging up; giving up</source>
        <translation>samtalet rapporterade inte att det avslutats inom %1 sekunder efter att det lades på; ger upp</translation>
    </message>
    <message>
        <source>Outcome: %1 after %2 s of talk. %3</source>
        <extracomment>Last line of `calldeck-cli call`; %1 outcome word, %2 talk time in seconds, %3 the reason.</extracomment>
        <translation>Resultat: %1 efter %2 s samtalstid. %3</translation>
    </message>
    <message>
        <source>CallDeck headless: manage contacts, place calls and run the engine from scripts.</source>
        <translation>CallDeck utan grafiskt gränssnitt: hantera kontakter, ring samtal och kör motorn från skript.</translation>
    </message>
    <message>
        <source>contacts, call, serve or status (see Commands below).</source>
        <translation>contacts, call, serve eller status (se Kommandon nedan).</translation>
    </message>
    <message>
        <source>off</source>
        <translation>av</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>startar</translation>
    </message>
    <message>
        <source>up</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>unhealthy</source>
        <translation>svarar inte</translation>
    </message>
    <message>
        <source>Run the call engine headless: the media server (CALLDECK_LISTEN, default 127.0.0.1:8077), the sandbox line and the configured tunnel (CALLDECK_TUNNEL). Prints the listen URL, the public URL and the tunnel state, then follows changes and call events until SIGINT (Ctrl+C) or SIGTERM. Exits 5 when the engine cannot start.</source>
        <translation>Kör samtalsmotorn utan grafiskt gränssnitt: medieservern (CALLDECK_LISTEN, standard 127.0.0.1:8077), sandlådelinjen och den konfigurerade tunneln (CALLDECK_TUNNEL). Skriver ut lyssningsadressen, den publika URL:en och tunnelns status och följer sedan ändringar och samtalshändelser tills SIGINT (Ctrl+C) eller SIGTERM. Avslutas med status 5 om motorn inte kan starta.</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>Lyssnar på %1</translation>
    </message>
    <message>
        <source>Public URL:   %1</source>
        <translation>Publik URL:     %1</translation>
    </message>
    <message>
        <source>Tunnel:       %1</source>
        <translation>Tunnel:         %1</translation>
    </message>
    <message>
        <source>Default line: %1</source>
        <translation>Standardlinje:  %1</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Tryck på Ctrl+C för att stoppa.</translation>
    </message>
    <message>
        <source>public URL now %1</source>
        <translation>publik URL är nu %1</translation>
    </message>
    <message>
        <source>tunnel %1</source>
        <translation>tunnel: %1</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Stoppad.</translation>
    </message>
    <message>
        <source>Who talks: human, offline (no network), realtime or cascade (need an OpenAI-compatible key). Default: the DefaultAgent setting.</source>
        <translation>Vem som talar: human, offline (inget nätverk), realtime eller cascade (kräver en OpenAI-kompatibel nyckel). Standard: inställningen DefaultAgent.</translation>
    </message>
    <message>
        <source>What the AI agent is to achieve, e.g. &quot;get the earliest cleaning appointment this week&quot;.</source>
        <translation>Vad AI-agenten ska uppnå, t.ex. &quot;boka tidigast möjliga tid för tandrengöring den här veckan&quot;.</translation>
    </message>
    <message>
        <source>A question the AI agent asks (repeatable); its answer is recorded.</source>
        <translation>En fråga som AI-agenten ställer (kan upprepas); svaret sparas.</translation>
    </message>
    <message>
        <source>A field to find out, e.g. appointment_time (repeatable).</source>
        <translation>Ett fält att ta reda på, t.ex. appointment_time (kan upprepas).</translation>
    </message>
    <message>
        <source>Who is called, e.g. &quot;Bright Smile Dental&quot;.</source>
        <translation>Vem som rings upp, t.ex. &quot;Bright Smile Dental&quot;.</translation>
    </message>
    <message>
        <source>The most the AI agent may agree to, e.g. 150 or 149.50.</source>
        <translation>Det högsta belopp som AI-agenten får godta, t.ex. 150 eller 149.50.</translation>
    </message>
    <message>
        <source>How to answer the agent&apos;s approval requests: approve or deny (default deny).</source>
        <translation>Hur agentens begäranden om godkännande besvaras: approve eller deny (standard: deny).</translation>
    </message>
    <message>
        <source>--agent must be human, offline, realtime or cascade, not &quot;%1&quot;</source>
        <translation>--agent måste vara human, offline, realtime eller cascade, inte &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--approvals must be approve or deny</source>
        <translation>--approvals måste vara approve eller deny</translation>
    </message>
    <message>
        <source>--max-price needs an amount, e.g. 150</source>
        <translation>--max-price kräver ett belopp, t.ex. 150</translation>
    </message>
    <message>
        <source>--goal is longer than 2000 characters</source>
        <translation>--goal är längre än 2000 tecken</translation>
    </message>
    <message>
        <source>the database is not available (%1); the call will not be saved</source>
        <translation>databasen är inte tillgänglig (%1); samtalet kommer inte att sparas</translation>
    </message>
    <message>
        <source>approved by --approvals</source>
        <translation>godkänt via --approvals</translation>
    </message>
    <message>
        <source>declined by --approvals</source>
        <translation>avböjt via --approvals</translation>
    </message>
    <message>
        <source>Cost: $%1 (estimated $%2).</source>
        <extracomment>%1 cost in dollars, %2 the estimate before the call.</extracomment>
        <translation>Kostnad: $%1 (uppskattat $%2).</translation>
    </message>
    <message>
        <source>Response time over %1 turns: p50 %2 ms, p95 %3 ms.</source>
        <extracomment>Agent response time over the call&apos;s turns.</extracomment>
        <translation>Svarstid över %1 talturer: p50 %2 ms, p95 %3 ms.</translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>Sammanfattning: %1</translation>
    </message>
    <message>
        <source>task %1 is waiting for your answers; run &quot;task answer %1 KEY=VALUE&quot; first</source>
        <translation>uppgift %1 väntar på dina svar; kör &quot;task answer %1 KEY=VALUE&quot; först</translation>
    </message>
    <message>
        <source>task %1 is %2, not ready to call</source>
        <translation>uppgift %1 har statusen %2 och är inte redo att ringas</translation>
    </message>
    <message>
        <source>the task&apos;s status was not updated: %1</source>
        <translation>uppgiftens status uppdaterades inte: %1</translation>
    </message>
    <message>
        <source>approved: within the task&apos;s price limit</source>
        <translation>godkänt: inom uppgiftens prisgräns</translation>
    </message>
    <message>
        <source>declined: above the task&apos;s price limit</source>
        <translation>avböjt: över uppgiftens prisgräns</translation>
    </message>
    <message>
        <source>Outcome: %1 (session %2); the task is now %3.</source>
        <extracomment>%1 the call&apos;s outcome, %2 the session id, %3 the task&apos;s status afterwards.</extracomment>
        <translation>Resultat: %1 (session %2); uppgiften har nu statusen %3.</translation>
    </message>
    <message>
        <source>--script needs the database, which is not available</source>
        <translation>--script kräver databasen, som inte är tillgänglig</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>ja/nej</translation>
    </message>
    <message>
        <source>sensitive</source>
        <translation>känsligt</translation>
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
        <translation>Användning: calldeck-cli script &lt;subcommand&gt; [options]

Underkommandon:
  list [--json]                       Manusen du kan ringa med.
  show [NAME] [--json]                Milstolpar med minuter, frågor och fält; invändningar;
                                      checklistan före samtalet. NAME är som standard &quot;default&quot;.
  export [NAME] [-o FILE]             Skriv manuset som JSON (stdout utan FILE).
  import FILE                         Lagra ett manus från JSON (&quot;-&quot; läser stdin); ett manus med
                                      samma namn får en ny version. En trasig fil lagrar ingenting:
                                      felet anger dess JSON-sökväg (slutstatus 2).

Kör &quot;calldeck-cli script &lt;subcommand&gt; --help&quot; för att se dess flaggor.
</translation>
    </message>
    <message>
        <source>missing subcommand: list, show, export or import</source>
        <translation>underkommando saknas: list, show, export eller import</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;script %1&quot;</source>
        <translation>okänt underkommando &quot;script %1&quot;</translation>
    </message>
    <message>
        <source>Script &quot;%1&quot; version %2 (%3): %4 milestones, %5 min
</source>
        <translation>Manus &quot;%1&quot; version %2 (%3): %4 milstolpar, %5 min
</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>beslut</translation>
    </message>
    <message>
        <source>Objective: %1</source>
        <translation>Mål: %1</translation>
    </message>
    <message>
        <source>Fields: %1</source>
        <translation>Fält: %1</translation>
    </message>
    <message>
        <source>Objections:</source>
        <translation>Invändningar:</translation>
    </message>
    <message>
        <source>Pre-call checklist:</source>
        <translation>Checklista före samtalet:</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorisk</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>valfri</translation>
    </message>
    <message>
        <source>qualification gate</source>
        <translation>kvalificeringsspärr</translation>
    </message>
    <message>
        <source>Show a script: milestones, objections and the pre-call checklist.</source>
        <translation>Visa ett manus: milstolpar, invändningar och checklistan före samtalet.</translation>
    </message>
    <message>
        <source>Script name (default: &quot;default&quot;).</source>
        <translation>Manusets namn (standard: &quot;default&quot;).</translation>
    </message>
    <message>
        <source>Write a script as JSON, the format &quot;script import&quot; reads.</source>
        <translation>Skriv ett manus som JSON, i det format som &quot;script import&quot; läser.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Skriv till FILE i stället för till standardutdata.</translation>
    </message>
    <message>
        <source>Store a script from JSON. A script with the same name gets a new version; calls already made keep theirs. A broken file stores nothing and the error names its JSON path.</source>
        <translation>Lagra ett manus från JSON. Ett manus med samma namn får en ny version; samtal som redan har ringts behåller sin. En trasig fil lagrar ingenting och felet anger dess JSON-sökväg.</translation>
    </message>
    <message>
        <source>The JSON file (&quot;-&quot; reads standard input).</source>
        <translation>JSON-filen (&quot;-&quot; läser från standardindata).</translation>
    </message>
    <message>
        <source>give exactly one FILE to import</source>
        <translation>ange exakt en FILE att importera</translation>
    </message>
    <message>
        <source>Imported script &quot;%1&quot; version %2 (%3 milestones).</source>
        <translation>Importerade manuset &quot;%1&quot; version %2 (%3 milstolpar).</translation>
    </message>
    <message>
        <source>List the scripts (the shipped &quot;default&quot; is always there).</source>
        <translation>Lista manusen (det medföljande &quot;default&quot; finns alltid).</translation>
    </message>
    <message>
        <source>%1  version %2  %3 milestones</source>
        <translation>%1  version %2  %3 milstolpar</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) need fixing.</source>
        <translation>
            <numerusform>Ingenting importerades: %n rad behöver rättas.</numerusform>
            <numerusform>Ingenting importerades: %n rader behöver rättas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Place one call and follow it until it ends: you talk (--agent human, through the headset or --mic-file) or an AI agent does (--agent offline|realtime|cascade, with --goal). Exit codes: 0 completed, 2 invalid number or option value, the script gate or the compliance gate blocked the call (the reasons on stderr), 4 no such --mic-file or script, 5 the engine could not start, 6 busy, 7 no answer, 8 failed or rejected by the provider, 9 canceled before it was answered (e.g. Ctrl+C while ringing).</source>
        <translation>Ring ett samtal och följ det tills det avslutas: du talar (--agent human, via headsetet eller --mic-file) eller en AI-agent gör det (--agent offline|realtime|cascade, med --goal). Slutstatus: 0 slutfört, 2 ogiltigt nummer eller flaggvärde, manusets spärr eller regelefterlevnadsspärren stoppade samtalet (orsakerna på stderr), 4 --mic-file eller manuset finns inte, 5 motorn kunde inte starta, 6 upptaget, 7 inget svar, 8 misslyckades eller avvisades av leverantören, 9 avbröts innan det besvarades (t.ex. Ctrl+C medan det ringer).</translation>
    </message>
    <message>
        <source>Sign the five-statement attestation for this call with your full name (required for --provider twilio).</source>
        <translation>Signera intygandet med de fem påståendena för det här samtalet med ditt fullständiga namn (krävs för --provider twilio).</translation>
    </message>
    <message>
        <source>Your organization on the attestation (optional).</source>
        <translation>Din organisation på intygandet (valfritt).</translation>
    </message>
    <message>
        <source>You accept all five attestation statements (see &quot;task attest --help&quot;).</source>
        <translation>Du godtar alla fem påståendena i intygandet (se &quot;task attest --help&quot;).</translation>
    </message>
    <message>
        <source>the five statements must be accepted explicitly with --agree-all:%1</source>
        <translation>de fem påståendena måste godtas uttryckligen med --agree-all:%1</translation>
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
        <translation>
Kommandon:
  contacts list [--search TEXT] [--json]
      Lista kontakter: en tabell (namn, telefon, företag, taggar) eller en JSON-array med --json.
  contacts add --name N --phone P [--company C] [--email E] [--tags a,b] [--notes T]
               [--lead-score N] [--region SE] [--json]
      Lägg till en kontakt. Nationella nummer tolkas enligt --region, annars enligt regionen i din profil.
  contacts import FILE.csv [--region SE] [--json]
      Importera en CSV-fil (rubrikrad som namnger kolumnerna; name och phone krävs).
      Skriver ut antalet importerade kontakter och varje överhoppad rad som &quot;rad N: orsak&quot;;
      med --json: {&quot;imported&quot;: N, &quot;errors&quot;: [{&quot;line&quot;: N, &quot;reason&quot;: &quot;...&quot;}]}.
  contacts export [FILE.csv]
      Skriv alla kontakter som CSV till FILE eller till standardutdata.
  contacts remove ID
      Ta bort kontakten med det id:t.
  call --to NUMBER [--provider sandbox|twilio] [--persona NAME] [--mic-file WAV]
       [--record-file WAV] [--hangup-after SECONDS] [--json]
       [--agent human|offline|realtime|cascade] [--goal TEXT] [--ask Q]... [--obtain KEY]...
       [--max-price P] [--approvals approve|deny] [--attest-name NAME --agree-all]
      Ring ett samtal (du talar, eller en AI-agent gör det) och skriv ut dess händelser och transkription tills det avslutas;
      med --json ett objekt per rad: {&quot;event&quot;, &quot;call&quot;, &quot;detail&quot;, &quot;time&quot;}, där det sista
      är {&quot;event&quot;: &quot;outcome&quot;, ...}. Ctrl+C lägger på.
      Ett samtal via Twilio passerar regelefterlevnadsspärren och kräver --attest-name och --agree-all
      (slutstatus 2 med varje orsak på stderr när spärren nekar).
  task add &quot;INSTRUCTION&quot; [--number N] [--max-price P] [--at ISO --tz ZONE] [--json]
  task answer ID KEY=VALUE...   task attest ID --name N --agree-all
  task start ID [--agent offline] [--wait] [--json]   task list [--status S] [--json]
  task import FILE.csv [--instruction TEXT]   task cancel ID
      Samtalsuppgifter: planera utifrån en mening, besvara planens frågor, signera intyget och ring
      samtalet (slutstatus som för call; 2 när intyget eller en samtalsgräns stoppar samtalet).
  script list|show [NAME] [--json]   script export [NAME] [-o FILE]   script import FILE
      Säljmanus: milstolpar, invändningar och checklistan före samtalet; import avvisar en
      trasig fil med dess JSON-sökväg (slutstatus 2) och lagrar ingenting.
  calls show SESSION-ID|CALL-KEY [--json]
      Ett lagrat samtal: sammanfattning, extraherade data, transkription, kostnad, latens, intyg.
  dnc add NUMBER [--reason T]   dnc remove NUMBER   dnc check NUMBER   dnc list [--json]
  dnc import FILE [--reason T]
      Spärrlistan; check avslutas med 2 när numret är spärrat. import läser ett
      tiosiffrigt nummer per rad eller CSV med en kolumn phone; felaktiga rader blir &quot;rad N: orsak&quot;.
  gate check --to NUMBER [--at ISO-8601] [--json]
      Varje regel i regelefterlevnadsspärren för ett samtal till NUMBER; slutstatus 0 tillåtet, 2 nekat.
  serve
      Kör motorn utan grafiskt gränssnitt (medieserver, sandlådelinje, tunnel) tills Ctrl+C eller SIGTERM;
      skriver ut lyssningsadressen, den publika URL:en och tunnelns status.
  status [--json]
      Öppna motorn utan grafiskt gränssnitt: datakatalog, databasens schemaversion, antal kontakter,
      nyckelringens status och vilka inloggningsuppgifter som kommer från miljön.

Kör &quot;calldeck-cli &lt;command&gt; [&lt;subcommand&gt;] --help&quot; för att se flaggorna för ett kommando.
Data skrivs till standardutdata, fel till standardfel.

Slutstatus:
  0  lyckades
  1  användningsfel: okänt kommando eller okänd flagga, argument saknas eller är felformaterat
  2  ogiltig indata: felaktigt telefonnummer eller felaktig region, oläsbar CSV, telefonnumret finns redan;
     även en import där ingen rad kunde lagras
  3  delvis import: vissa rader importerades, de övriga listas som &quot;rad N: orsak&quot;
  4  hittades inte: ingen kontakt med det id:t, indatafilen finns inte
  5  fel i lagring eller nyckelring (databas, filsystem, nyckelring); samtalsmotorn startade inte
  6  call: det var upptaget
  7  call: ingen svarade
  8  call: samtalet misslyckades eller avvisades av leverantören
  9  call: lades på innan samtalet besvarades (t.ex. Ctrl+C medan det ringde)

Miljövariabler:
  CALLDECK_DATA_DIR   där CallDeck lagrar sin databas och sina inställningar (--data-dir har företräde)
  CALLDECK_LISTEN     värd:port för medieservern (standard 127.0.0.1:8077)
  CALLDECK_PUBLIC_URL, CALLDECK_TUNNEL, TWILIO_ACCOUNT_SID, TWILIO_PHONE_NUMBER
                      hur Twilio når den här datorn och vilket konto som ringer
  TWILIO_AUTH_TOKEN, TWILIO_API_KEY_SECRET, OPENAI_API_KEY, ANTHROPIC_API_KEY
                      hemligheter; de har företräde framför nyckelringen
</translation>
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
        <translation>Användning: calldeck-cli dnc &lt;subcommand&gt; [options]

Underkommandon:
  add NUMBER [--reason TEXT]   Sätt upp ett nummer på spärrlistan (vem och när sparas).
  remove NUMBER                Ta bort det igen.
  check NUMBER                 Slutstatus 0 när numret får ringas, 2 när det är spärrat.
  import FILE [--reason TEXT]  Ett tiosiffrigt nummer per rad (National DNC Registrys filer),
                               eller CSV med en kolumn &quot;phone&quot;; felaktiga rader rapporteras som
                               &quot;rad N: orsak&quot; och hoppas över, resten läggs in i en transaktion.
  list [--json]                Alla spärrade nummer, nyaste först.
</translation>
    </message>
    <message>
        <source>missing subcommand: add, remove, check, import or list</source>
        <translation>underkommando saknas: add, remove, check, import eller list</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;dnc %1&quot;</source>
        <translation>okänt underkommando &quot;dnc %1&quot;</translation>
    </message>
    <message>
        <source>The phone number (E.164, or national).</source>
        <translation>Telefonnumret (E.164 eller nationellt).</translation>
    </message>
    <message>
        <source>give one phone number</source>
        <translation>ange ett telefonnummer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: %2</source>
        <translation>&quot;%1&quot; är inget telefonnummer: %2</translation>
    </message>
    <message>
        <source>Why the number may not be called.</source>
        <translation>Varför numret inte får ringas.</translation>
    </message>
    <message>
        <source>%1 is on the Do-Not-Call list.</source>
        <translation>%1 finns på spärrlistan.</translation>
    </message>
    <message>
        <source>%1 is off the Do-Not-Call list.</source>
        <translation>%1 är borttaget från spärrlistan.</translation>
    </message>
    <message>
        <source>%1 may be called: it is not on the Do-Not-Call list.</source>
        <translation>%1 får ringas: det finns inte på spärrlistan.</translation>
    </message>
    <message>
        <source>%1 is on the Do-Not-Call list: added by %2 at %3 (%4)%5</source>
        <translation>%1 finns på spärrlistan: tillagt av %2 %3 (%4)%5</translation>
    </message>
    <message>
        <source>Why these numbers may not be called.</source>
        <translation>Varför de här numren inte får ringas.</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>Filen som ska importeras.</translation>
    </message>
    <message>
        <source>give one file</source>
        <translation>ange en fil</translation>
    </message>
    <message>
        <source>Read %1 numbers, %2 new on the list; %3 lines skipped.</source>
        <translation>Läste %1 nummer, %2 nya på listan; %3 rader hoppades över.</translation>
    </message>
    <message>
        <source>Usage: calldeck-cli gate check --to NUMBER [--at ISO-8601] [--task ID]
                               [--attest-name NAME --agree-all] [--json]
  Every rule of the compliance gate (attestation, Do-Not-Call, calling hours,
  abuse, rate limits, consent) for a call to NUMBER; exit 0 when it would be
  allowed, 2 when refused.
</source>
        <translation>Användning: calldeck-cli gate check --to NUMBER [--at ISO-8601] [--task ID]
                               [--attest-name NAME --agree-all] [--json]
  Varje regel i regelefterlevnadsspärren (intygande, spärrlista, samtalstider,
  missbruk, samtalsgränser, samtycke) för ett samtal till NUMBER; slutstatus 0 när
  det skulle tillåtas, 2 när det nekas.
</translation>
    </message>
    <message>
        <source>missing subcommand: check</source>
        <translation>underkommando saknas: check</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;gate %1&quot;</source>
        <translation>okänt underkommando &quot;gate %1&quot;</translation>
    </message>
    <message>
        <source>Evaluate the compliance gate for a call to NUMBER without calling. Exit 0 allowed, 2 refused.</source>
        <translation>Pröva regelefterlevnadsspärren för ett samtal till NUMBER utan att ringa. Slutstatus 0 tillåtet, 2 nekat.</translation>
    </message>
    <message>
        <source>The number (E.164, or national in your region).</source>
        <translation>Numret (E.164 eller nationellt i din region).</translation>
    </message>
    <message>
        <source>Evaluate the time-dependent rules at this instant (ISO-8601; default now).</source>
        <translation>Pröva de tidsberoende reglerna vid den här tidpunkten (ISO-8601; standard nu).</translation>
    </message>
    <message>
        <source>The call task the call belongs to (its attestation and call type count).</source>
        <translation>Samtalsuppgiften som samtalet hör till (dess intygande och samtalstyp gäller).</translation>
    </message>
    <message>
        <source>Evaluate as if you signed the attestation with this name.</source>
        <translation>Pröva som om du hade signerat intygandet med det här namnet.</translation>
    </message>
    <message>
        <source>You accept all five attestation statements.</source>
        <translation>Du godtar alla fem påståendena i intygandet.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Skriv ut ett JSON-objekt.</translation>
    </message>
    <message>
        <source>--to is required</source>
        <translation>--to krävs</translation>
    </message>
    <message>
        <source>--at &quot;%1&quot; is not an ISO-8601 date and time</source>
        <translation>--at &quot;%1&quot; är inte ett datum och klockslag enligt ISO-8601</translation>
    </message>
    <message>
        <source>--task needs a task id</source>
        <translation>--task kräver ett uppgifts-id</translation>
    </message>
    <message>
        <source>--attest-name needs --agree-all</source>
        <translation>--attest-name kräver --agree-all</translation>
    </message>
    <message>
        <source>The call would be allowed.</source>
        <translation>Samtalet skulle tillåtas.</translation>
    </message>
    <message>
        <source>The call would be refused.</source>
        <translation>Samtalet skulle nekas.</translation>
    </message>
</context>
<context>
    <name>calldeck::AgentChooser</name>
    <message>
        <source>Who talks on the call: you through your headset, or an AI agent</source>
        <translation>Vem som talar i samtalet: du via ditt headset eller en AI-agent</translation>
    </message>
    <message>
        <source>Needs an OpenAI-compatible API key (Settings › AI or OPENAI_API_KEY)</source>
        <translation>Kräver en OpenAI-kompatibel API-nyckel (Inställningar › AI-leverantörer eller OPENAI_API_KEY)</translation>
    </message>
</context>
<context>
    <name>calldeck::AgentFactory</name>
    <message>
        <source>You (headset)</source>
        <translation>Du (headset)</translation>
    </message>
    <message>
        <source>Offline AI (no network)</source>
        <translation>Offline-AI (inget nätverk)</translation>
    </message>
    <message>
        <source>Realtime AI (OpenAI Realtime)</source>
        <translation>Realtids-AI (OpenAI Realtime)</translation>
    </message>
    <message>
        <source>Cascade AI (speech → chat → speech)</source>
        <translation>Kaskad-AI (tal → chatt → tal)</translation>
    </message>
</context>
<context>
    <name>calldeck::AiExtractor</name>
    <message>
        <source>%1 The offline extractor was used instead.</source>
        <translation>%1 Offlineextraheringen användes i stället.</translation>
    </message>
    <message>
        <source>The AI could not process the call: %1.</source>
        <translation>AI:n kunde inte bearbeta samtalet: %1.</translation>
    </message>
    <message>
        <source>The AI&apos;s answer was cut off.</source>
        <translation>AI:ns svar klipptes av.</translation>
    </message>
</context>
<context>
    <name>calldeck::AiPlanner</name>
    <message>
        <source>The AI&apos;s plan could not be used (%1), so CallDeck planned this task offline instead.</source>
        <translation>AI:ns plan kunde inte användas (%1), så CallDeck planerade uppgiften offline i stället.</translation>
    </message>
</context>
<context>
    <name>calldeck::AiProvidersPage</name>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API-nyckel:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Bas-URL:</translation>
    </message>
    <message>
        <source>&amp;Realtime model:</source>
        <extracomment>Model used for live speech-to-speech calls.</extracomment>
        <translation>&amp;Realtidsmodell:</translation>
    </message>
    <message>
        <source>&amp;Chat model:</source>
        <translation>&amp;Chattmodell:</translation>
    </message>
    <message>
        <source>&amp;Transcription model:</source>
        <translation>&amp;Transkriberingsmodell:</translation>
    </message>
    <message>
        <source>Text-to-&amp;speech model:</source>
        <extracomment>TTS = text to speech.</extracomment>
        <translation>Modell för text till ta&amp;l:</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>AI Providers</source>
        <translation>AI-leverantörer</translation>
    </message>
    <message>
        <source>Enter a model name.</source>
        <translation>Ange ett modellnamn.</translation>
    </message>
    <message>
        <source>&amp;Voice:</source>
        <extracomment>The synthetic voice of the Realtime agent (marin, cedar, alloy, …).</extracomment>
        <translation>Rö&amp;st:</translation>
    </message>
    <message>
        <source>Voice agent</source>
        <translation>Röstagent</translation>
    </message>
    <message>
        <source>How loud speech must be before the agent treats it as the callee talking. Raise it for noisy lines.</source>
        <translation>Hur högt ljudet måste vara innan agenten tolkar det som att den uppringda talar. Höj värdet för brusiga linjer.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Audio kept from before the speech started</source>
        <translation>Ljud som behålls från tiden innan talet började</translation>
    </message>
    <message>
        <source>How long the callee must be quiet before the agent answers</source>
        <translation>Hur länge den uppringda måste vara tyst innan agenten svarar</translation>
    </message>
    <message>
        <source>&amp;Default agent:</source>
        <translation>Standard&amp;agent:</translation>
    </message>
    <message>
        <source>Speech &amp;threshold:</source>
        <translation>Taltr&amp;öskel:</translation>
    </message>
    <message>
        <source>Speech &amp;padding:</source>
        <translation>Talmar&amp;ginal:</translation>
    </message>
    <message>
        <source>&amp;End of turn after:</source>
        <translation>Talturen sl&amp;utar efter:</translation>
    </message>
</context>
<context>
    <name>calldeck::AssistantPage</name>
    <message>
        <source>Full name</source>
        <translation>Fullständigt namn</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Last 4 of SSN</source>
        <extracomment>US social security number, last four digits.</extracomment>
        <translation>Sista 4 siffrorna i personnumret (SSN)</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Kontonummer</translation>
    </message>
    <message>
        <source>Retry failed calls &amp;automatically</source>
        <translation>Försök &amp;automatiskt igen med misslyckade samtal</translation>
    </message>
    <message>
        <source>Spending</source>
        <translation>Utgifter</translation>
    </message>
    <message>
        <source>Approve automatically up to:</source>
        <extracomment>Prices up to this amount are accepted by the assistant without asking.</extracomment>
        <translation>Godkänn automatiskt upp till:</translation>
    </message>
    <message>
        <source>Always ask above:</source>
        <extracomment>Prices above this amount always need the user&apos;s approval.</extracomment>
        <translation>Fråga alltid över:</translation>
    </message>
    <message>
        <source>Phrases the assistant must never say</source>
        <translation>Fraser som assistenten aldrig får säga</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Personal details the assistant may share to verify your identity</source>
        <translation>Personuppgifter som assistenten får lämna ut för att styrka din identitet</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Nya försök</translation>
    </message>
    <message>
        <source>Maximum &amp;retries:</source>
        <translation>Högsta antal nya &amp;försök:</translation>
    </message>
    <message>
        <source>Assistant</source>
        <extracomment>Settings page about what the AI assistant may do.</extracomment>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Could not load the assistant settings: %1</source>
        <translation>Det gick inte att läsa in assistentinställningarna: %1</translation>
    </message>
    <message>
        <source>Must be at least the amount approved automatically.</source>
        <translation>Måste vara minst lika stort som beloppet som godkänns automatiskt.</translation>
    </message>
    <message>
        <source>Could not save the assistant settings: %1</source>
        <translation>Det gick inte att spara assistentinställningarna: %1</translation>
    </message>
    <message>
        <source>new phrase</source>
        <extracomment>Placeholder text of a new forbidden phrase, edited in place right away.</extracomment>
        <translation>ny fras</translation>
    </message>
</context>
<context>
    <name>calldeck::AttestationForm</name>
    <message>
        <source>Confirm that the call is for a legitimate business purpose.</source>
        <translation>Bekräfta att samtalet sker i ett legitimt affärssyfte.</translation>
    </message>
    <message>
        <source>Confirm that the number is not on a Do Not Call registry, or that an established business relationship exempts you.</source>
        <translation>Bekräfta att numret inte finns i något Do Not Call-register (spärrlista för telefonförsäljning), eller att en etablerad affärsrelation undantar dig.</translation>
    </message>
    <message>
        <source>Confirm that you have a reasonable basis to believe the contact expects your call.</source>
        <translation>Bekräfta att du har rimlig grund att anta att kontakten förväntar sig ditt samtal.</translation>
    </message>
    <message>
        <source>Confirm that you understand the call is logged and recorded.</source>
        <translation>Bekräfta att du förstår att samtalet loggas och spelas in.</translation>
    </message>
    <message>
        <source>Confirm that you accept full legal responsibility for the call.</source>
        <translation>Bekräfta att du tar fullt juridiskt ansvar för samtalet.</translation>
    </message>
    <message>
        <source>Type your full name to sign the attestation.</source>
        <translation>Skriv ditt fullständiga namn för att signera intyget.</translation>
    </message>
    <message>
        <source>Your full name must have at least %1 characters.</source>
        <translation>Ditt fullständiga namn måste ha minst %1 tecken.</translation>
    </message>
    <message>
        <source>Your full name can have at most %1 characters.</source>
        <translation>Ditt fullständiga namn får ha högst %1 tecken.</translation>
    </message>
    <message>
        <source>The organization name can have at most %1 characters.</source>
        <translation>Organisationens namn får ha högst %1 tecken.</translation>
    </message>
</context>
<context>
    <name>calldeck::AttestationGate</name>
    <message>
        <source>Could not check the attestation</source>
        <translation>Det gick inte att kontrollera intyget</translation>
    </message>
    <message>
        <source>Task %1 does not exist.</source>
        <translation>Uppgiften %1 finns inte.</translation>
    </message>
    <message>
        <source>This call cannot be dialled yet: sign the attestation first (confirm all five statements and type your full name).</source>
        <translation>Det här samtalet kan inte ringas upp ännu: signera intyget först (bekräfta alla fem påståenden och skriv ditt fullständiga namn).</translation>
    </message>
    <message>
        <source>The attestation statements changed (version %1, you signed version %2). Sign the current attestation before dialling.</source>
        <translation>Intygets påståenden har ändrats (version %1, du signerade version %2). Signera det aktuella intyget innan du ringer upp.</translation>
    </message>
</context>
<context>
    <name>calldeck::AttestationPanel</name>
    <message>
        <source>Attestation before dialling</source>
        <translation>Intyg före uppringning</translation>
    </message>
    <message>
        <source>Sign and enable calling</source>
        <translation>Signera och aktivera uppringning</translation>
    </message>
    <message>
        <source>Signed attestation</source>
        <translation>Signerat intyg</translation>
    </message>
    <message>
        <source>Call now</source>
        <translation>Ring nu</translation>
    </message>
    <message>
        <source>Confirm each statement and type your full name. Calling stays disabled until everything is given.</source>
        <translation>Bekräfta varje påstående och skriv ditt fullständiga namn. Det går inte att ringa förrän allt är ifyllt.</translation>
    </message>
    <message numerus="yes">
        <source>As on your ID, at least %n characters</source>
        <translation>
            <numerusform>Som på din id-handling, minst %n tecken</numerusform>
            <numerusform>Som på din id-handling, minst %n tecken</numerusform>
        </translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Valfritt</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Fullständigt namn</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signerat av</translation>
    </message>
    <message>
        <source>Signed at (UTC)</source>
        <translation>Signerat (UTC)</translation>
    </message>
    <message>
        <source>OS user</source>
        <translation>OS-användare</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Värd</translation>
    </message>
    <message>
        <source>CallDeck version</source>
        <translation>CallDeck-version</translation>
    </message>
    <message>
        <source>Statements version</source>
        <translation>Påståendenas version</translation>
    </message>
    <message>
        <source>Record hash</source>
        <translation>Intygets hash</translation>
    </message>
    <message>
        <source>The task is %1; it can be called once it is ready to call.</source>
        <translation>Uppgiften har statusen %1; den kan ringas när den är redo att ringa.</translation>
    </message>
</context>
<context>
    <name>calldeck::AttestationRepository</name>
    <message>
        <source>The attestation needs a valid signing time.</source>
        <translation>Intyget måste ha en giltig signeringstid.</translation>
    </message>
    <message>
        <source>Could not save the attestation</source>
        <translation>Det gick inte att spara intyget</translation>
    </message>
    <message>
        <source>Task %1 does not exist, so it cannot be attested.</source>
        <translation>Uppgiften %1 finns inte, så inget intyg kan signeras för den.</translation>
    </message>
    <message>
        <source>Could not read the attestations</source>
        <translation>Det gick inte att läsa intygen</translation>
    </message>
    <message>
        <source>Attestation %1 does not exist.</source>
        <translation>Intyget %1 finns inte.</translation>
    </message>
    <message>
        <source>The attestation signed for task %1 has been altered since it was signed (its hash does not match). Sign the attestation again before dialling.</source>
        <translation>Intyget som signerades för uppgift %1 har ändrats sedan det signerades (dess hash stämmer inte). Signera intyget igen innan du ringer upp.</translation>
    </message>
</context>
<context>
    <name>calldeck::AttestationStatements</name>
    <message>
        <source>I confirm this call is for a legitimate business purpose.</source>
        <translation>Jag bekräftar att detta samtal sker i ett legitimt affärssyfte.</translation>
    </message>
    <message>
        <source>I confirm this number is not on any Do Not Call registry to my knowledge, or I have an established business relationship that exempts me.</source>
        <translation>Jag bekräftar att detta nummer, såvitt jag vet, inte finns i något Do Not Call-register (spärrlista för telefonförsäljning), eller att jag har en etablerad affärsrelation som undantar mig.</translation>
    </message>
    <message>
        <source>I confirm I have a reasonable basis to believe this contact wants or expects to hear from me or my business.</source>
        <translation>Jag bekräftar att jag har rimlig grund att anta att denna kontakt vill eller förväntar sig att bli kontaktad av mig eller mitt företag.</translation>
    </message>
    <message>
        <source>I understand this call will be logged and recorded for compliance purposes.</source>
        <translation>Jag förstår att detta samtal kommer att loggas och spelas in för att säkerställa regelefterlevnad.</translation>
    </message>
    <message>
        <source>I accept full legal responsibility for compliance with the TCPA, the TSR and applicable telemarketing laws.</source>
        <translation>Jag tar fullt juridiskt ansvar för att TCPA, TSR och tillämpliga lagar om telefonförsäljning efterlevs.</translation>
    </message>
</context>
<context>
    <name>calldeck::AudioPage</name>
    <message>
        <source>System default</source>
        <extracomment>First entry of the audio device lists: follow the operating system&apos;s choice.</extracomment>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <extracomment>%1 is the id of an audio device that is not connected.</extracomment>
        <translation>%1 (inte ansluten)</translation>
    </message>
    <message>
        <source>Devices used to listen to calls and to speak into them.</source>
        <translation>Enheter som används för att lyssna på och tala i samtal.</translation>
    </message>
    <message>
        <source>&amp;Microphone:</source>
        <extracomment>Audio input device.</extracomment>
        <translation>&amp;Mikrofon:</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <extracomment>Audio output device.</extracomment>
        <translation>&amp;Högtalare:</translation>
    </message>
    <message>
        <source>Audio Devices</source>
        <translation>Ljudenheter</translation>
    </message>
    <message>
        <source>I use &amp;speakers, not a headset: cancel their echo in my microphone</source>
        <translation>Jag använder &amp;högtalare, inte headset: ta bort deras eko i min mikrofon</translation>
    </message>
</context>
<context>
    <name>calldeck::BatchUpload</name>
    <message>
        <source>The file is empty; it needs a header row with a &quot;phone&quot; column.</source>
        <translation>Filen är tom; den behöver en rubrikrad med kolumnen &quot;phone&quot;.</translation>
    </message>
    <message>
        <source>Line %1: the header row needs a &quot;phone&quot; column (optional: name, instruction).</source>
        <translation>Rad %1: rubrikraden behöver kolumnen &quot;phone&quot; (valfria: name, instruction).</translation>
    </message>
    <message>
        <source>The file has a header row but no numbers.</source>
        <translation>Filen har en rubrikrad men inga nummer.</translation>
    </message>
    <message>
        <source>The file has %1 rows; one upload takes at most %2.</source>
        <translation>Filen har %1 rader; en uppladdning får innehålla högst %2.</translation>
    </message>
    <message>
        <source>The phone number is missing.</source>
        <translation>Telefonnumret saknas.</translation>
    </message>
    <message>
        <source>No instruction: add an &quot;instruction&quot; column or give one for all rows.</source>
        <translation>Ingen instruktion: lägg till kolumnen &quot;instruction&quot; eller ange en för alla rader.</translation>
    </message>
    <message>
        <source>Could not save the batch</source>
        <translation>Det gick inte att spara uppladdningen</translation>
    </message>
</context>
<context>
    <name>calldeck::CallListModel</name>
    <message>
        <source>Last status from the provider: %1</source>
        <extracomment>Tooltip on a call&apos;s state; %1 is Twilio&apos;s raw status such as &quot;in-progress&quot;.</extracomment>
        <translation>Senaste status från leverantören: %1</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Line</source>
        <extracomment>Column: which line carries the call (sandbox persona or Twilio).</extracomment>
        <translation>Linje</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>Column: talk time of a call.</extracomment>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Dialling…</source>
        <translation>Ringer upp…</translation>
    </message>
    <message>
        <source>Ringing…</source>
        <translation>Det ringer…</translation>
    </message>
    <message>
        <source>Connected</source>
        <extracomment>The call was answered but the audio stream has not started yet.</extracomment>
        <translation>Ansluten</translation>
    </message>
    <message>
        <source>Connected — starting audio…</source>
        <translation>Ansluten — startar ljudet…</translation>
    </message>
    <message>
        <source>Hanging up…</source>
        <translation>Lägger på…</translation>
    </message>
    <message>
        <source>Ended</source>
        <extracomment>%1 is why the call ended, e.g. &quot;The line was busy.&quot;</extracomment>
        <translation>Avslutat</translation>
    </message>
    <message>
        <source>Ended — %1</source>
        <translation>Avslutat — %1</translation>
    </message>
    <message>
        <source>The call finished normally.</source>
        <translation>Samtalet avslutades normalt.</translation>
    </message>
    <message>
        <source>The line was busy.</source>
        <translation>Det var upptaget.</translation>
    </message>
    <message>
        <source>Nobody answered.</source>
        <translation>Ingen svarade.</translation>
    </message>
    <message>
        <source>The call was cancelled before it was answered.</source>
        <translation>Samtalet avbröts innan det besvarades.</translation>
    </message>
    <message>
        <source>The call could not be connected.</source>
        <translation>Samtalet kunde inte kopplas fram.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <extracomment>A call on the simulated line; %1 is the persona answering, e.g. &quot;dental&quot;.</extracomment>
        <translation>Sandlåda</translation>
    </message>
    <message>
        <source>Sandbox · %1</source>
        <translation>Sandlåda · %1</translation>
    </message>
    <message>
        <source>Twilio</source>
        <translation>Twilio</translation>
    </message>
</context>
<context>
    <name>calldeck::CallQueue</name>
    <message>
        <source>No telephony is available to place the call.</source>
        <translation>Ingen telefoni är tillgänglig för att ringa samtalet.</translation>
    </message>
</context>
<context>
    <name>calldeck::CallRecorder</name>
    <message>
        <source>The call is not being saved: %1</source>
        <translation>Samtalet sparas inte: %1</translation>
    </message>
    <message>
        <source>Could not save the call&apos;s status: %1</source>
        <translation>Det gick inte att spara samtalets status: %1</translation>
    </message>
    <message>
        <source>Could not save the call&apos;s cost and results: %1</source>
        <translation>Det gick inte att spara samtalets kostnad och resultat: %1</translation>
    </message>
</context>
<context>
    <name>calldeck::CallRepository</name>
    <message>
        <source>Call to %1</source>
        <translation>Samtal till %1</translation>
    </message>
    <message>
        <source>The call record %1 does not exist.</source>
        <translation>Samtalsposten %1 finns inte.</translation>
    </message>
    <message>
        <source>A call record needs the telephony provider.</source>
        <translation>En samtalspost måste ange telefonileverantören.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of agent CallDeck knows.</source>
        <translation>&quot;%1&quot; är ingen agenttyp som CallDeck känner till.</translation>
    </message>
    <message>
        <source>A cost estimate cannot be negative.</source>
        <translation>En kostnadsuppskattning kan inte vara negativ.</translation>
    </message>
    <message>
        <source>Could not save the call record</source>
        <translation>Det gick inte att spara samtalsposten</translation>
    </message>
    <message>
        <source>The call %1 is already recorded.</source>
        <translation>Samtalet %1 finns redan registrerat.</translation>
    </message>
    <message>
        <source>The task %1 does not exist.</source>
        <translation>Uppgiften %1 finns inte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a call status CallDeck knows.</source>
        <translation>&quot;%1&quot; är ingen samtalsstatus som CallDeck känner till.</translation>
    </message>
    <message>
        <source>Could not update the call record</source>
        <translation>Det gick inte att uppdatera samtalsposten</translation>
    </message>
    <message>
        <source>Could not update the call&apos;s task</source>
        <translation>Det gick inte att uppdatera samtalets uppgift</translation>
    </message>
    <message>
        <source>A call&apos;s cost cannot be negative.</source>
        <translation>Ett samtals kostnad kan inte vara negativ.</translation>
    </message>
    <message>
        <source>Could not save the call&apos;s cost</source>
        <translation>Det gick inte att spara samtalets kostnad</translation>
    </message>
    <message>
        <source>Turn %1 has an invalid latency (turns count from 1, times cannot be negative).</source>
        <translation>Taltur %1 har en ogiltig latens (talturer räknas från 1 och tider kan inte vara negativa).</translation>
    </message>
    <message>
        <source>Could not save the call&apos;s response times</source>
        <translation>Det gick inte att spara samtalets svarstider</translation>
    </message>
    <message>
        <source>Could not close the calls that were running when CallDeck stopped</source>
        <translation>Det gick inte att stänga de samtal som pågick när CallDeck stoppades</translation>
    </message>
    <message>
        <source>CallDeck stopped while the call was in progress.</source>
        <translation>CallDeck stoppades medan samtalet pågick.</translation>
    </message>
    <message>
        <source>Could not read the call record</source>
        <translation>Det gick inte att läsa samtalsposten</translation>
    </message>
    <message>
        <source>Could not load the call record</source>
        <translation>Det gick inte att läsa in samtalsposten</translation>
    </message>
    <message>
        <source>An extracted value needs a key and a type (string, number, datetime, boolean or json).</source>
        <translation>Ett extraherat värde måste ha en nyckel och en typ (string, number, datetime, boolean eller json).</translation>
    </message>
    <message>
        <source>Could not save the call&apos;s summary and extracted data</source>
        <translation>Det gick inte att spara samtalets sammanfattning och extraherade data</translation>
    </message>
    <message>
        <source>Could not look up the call record</source>
        <translation>Det gick inte att slå upp samtalsposten</translation>
    </message>
    <message>
        <source>No call record has the key %1.</source>
        <translation>Ingen samtalspost har nyckeln %1.</translation>
    </message>
    <message>
        <source>Could not read the calls of the task</source>
        <translation>Det gick inte att läsa uppgiftens samtal</translation>
    </message>
    <message>
        <source>There is no task %1.</source>
        <translation>Uppgiften %1 finns inte.</translation>
    </message>
</context>
<context>
    <name>calldeck::CallScript</name>
    <message>
        <source>The call cannot use script run %1: %2</source>
        <translation>Samtalet kan inte använda manusgenomgång %1: %2</translation>
    </message>
    <message>
        <source>Script run %1 is %2, not in progress: start it (pre-call checklist and gate) before the call.</source>
        <translation>Manusgenomgång %1 har statusen %2 och pågår inte: starta den (checklistan före samtalet och spärren) före samtalet.</translation>
    </message>
    <message>
        <source>Take %1 through the sales script to a clear decision.</source>
        <translation>Ta %1 genom säljmanuset fram till ett tydligt beslut.</translation>
    </message>
    <message>
        <source>the prospect</source>
        <translation>prospektet</translation>
    </message>
</context>
<context>
    <name>calldeck::CallSession</name>
    <message>
        <source>Calling %1 through %2</source>
        <translation>Ringer %1 via %2</translation>
    </message>
    <message>
        <source>Call %1 accepted by %2</source>
        <translation>Samtalet %1 togs emot av %2</translation>
    </message>
    <message>
        <source>Audio connected (stream %1)</source>
        <translation>Ljudet är anslutet (ström %1)</translation>
    </message>
    <message>
        <source>Supervisor microphone in the call</source>
        <translation>Arbetsledarens mikrofon är inkopplad i samtalet</translation>
    </message>
    <message>
        <source>Call handed back</source>
        <translation>Samtalet lämnades tillbaka</translation>
    </message>
    <message>
        <source>Hanging up</source>
        <translation>Lägger på</translation>
    </message>
    <message>
        <source>No status callbacks have arrived for %1 s; asking Twilio directly. Check the public URL or tunnel.</source>
        <translation>Inga statusåteranrop har kommit på %1 s; frågar Twilio direkt. Kontrollera den publika URL:en eller tunneln.</translation>
    </message>
    <message>
        <source>The call ended normally.</source>
        <translation>Samtalet avslutades normalt.</translation>
    </message>
    <message>
        <source>The line was busy.</source>
        <translation>Det var upptaget.</translation>
    </message>
    <message>
        <source>Nobody answered.</source>
        <translation>Ingen svarade.</translation>
    </message>
    <message>
        <source>The call was cancelled before it was answered.</source>
        <translation>Samtalet avbröts innan det besvarades.</translation>
    </message>
    <message>
        <source>The call could not be connected.</source>
        <translation>Samtalet kunde inte kopplas fram.</translation>
    </message>
    <message>
        <source>the carrier ended the stream</source>
        <translation>operatören avslutade strömmen</translation>
    </message>
    <message>
        <source>the connection dropped without a stop message</source>
        <translation>anslutningen bröts utan stoppmeddelande</translation>
    </message>
    <message>
        <source>closed by CallDeck</source>
        <translation>stängd av CallDeck</translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation>protokollfel</translation>
    </message>
    <message>
        <source>Audio stream closed: %1</source>
        <translation>Ljudströmmen stängdes: %1</translation>
    </message>
    <message>
        <source>The agent ended the call: objective met.</source>
        <translation>Agenten avslutade samtalet: målet uppnåddes.</translation>
    </message>
    <message>
        <source>The agent ended the call: objective not met.</source>
        <translation>Agenten avslutade samtalet: målet uppnåddes inte.</translation>
    </message>
    <message>
        <source>Approval needed: %1 (%2)</source>
        <translation>Godkännande krävs: %1 (%2)</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkänt</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Avböjt</translation>
    </message>
    <message>
        <source>You have the call; the AI agent holds.</source>
        <translation>Du har tagit över samtalet; AI-agenten väntar.</translation>
    </message>
    <message>
        <source>Call handed back to the AI agent.</source>
        <translation>Samtalet lämnades tillbaka till AI-agenten.</translation>
    </message>
    <message>
        <source>The AI agent stopped: %1</source>
        <translation>AI-agenten stoppades: %1</translation>
    </message>
    <message>
        <source>The call ended before you answered.</source>
        <translation>Samtalet avslutades innan du svarade.</translation>
    </message>
    <message>
        <source>(They spoke to the callee for %1 s; no transcript is available.)</source>
        <translation>(De talade med den uppringda i %1 s; ingen transkription finns.)</translation>
    </message>
    <message>
        <source>Could not transcribe what was said: %1</source>
        <translation>Det gick inte att transkribera det som sades: %1</translation>
    </message>
</context>
<context>
    <name>calldeck::CallStatusBar</name>
    <message>
        <source>Telephony: %1</source>
        <extracomment>Status bar; %1 is the telephony provider, e.g. &quot;Twilio&quot;.</extracomment>
        <translation>Telefoni: %1</translation>
    </message>
    <message>
        <source>No public URL</source>
        <translation>Ingen publik URL</translation>
    </message>
    <message>
        <source>Public URL Twilio uses to reach this computer</source>
        <translation>Publik URL som Twilio använder för att nå den här datorn</translation>
    </message>
    <message>
        <source>Keychain unavailable — secrets cannot be read or saved</source>
        <translation>Nyckelringen är inte tillgänglig — hemligheter kan inte läsas eller sparas</translation>
    </message>
    <message numerus="yes">
        <source>Active calls: %n</source>
        <extracomment>Status bar counter of calls in progress.</extracomment>
        <translation>
            <numerusform>Aktiva samtal: %n</numerusform>
            <numerusform>Aktiva samtal: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>calldeck::CallStatusLine</name>
    <message>
        <source>offline agent</source>
        <translation>offlineagent</translation>
    </message>
    <message>
        <source>realtime agent</source>
        <translation>realtidsagent</translation>
    </message>
    <message>
        <source>cascade agent</source>
        <translation>kaskadagent</translation>
    </message>
    <message>
        <source>you on the headset</source>
        <translation>du i headsetet</translation>
    </message>
    <message>
        <source>Twilio</source>
        <translation>Twilio</translation>
    </message>
    <message>
        <source>sandbox line</source>
        <translation>sandlådelinje</translation>
    </message>
    <message>
        <source>Dialling · %1 · %2</source>
        <extracomment>Call line on the Script panel: &quot;Dialling · offline agent · sandbox line&quot;</extracomment>
        <translation>Ringer upp · %1 · %2</translation>
    </message>
    <message>
        <source>Ringing · %1 · %2</source>
        <translation>Det ringer · %1 · %2</translation>
    </message>
    <message>
        <source>● Live · %1 · %2 · %3</source>
        <extracomment>Call line on the Script panel: &quot;● Live · offline agent · 01:23 · sandbox line&quot;</extracomment>
        <translation>● Pågår · %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Hanging up · %1</source>
        <translation>Lägger på · %1</translation>
    </message>
    <message>
        <source>Call ended</source>
        <extracomment>Call line on the Script panel once the call is over: &quot;Call ended · 04:12&quot;</extracomment>
        <translation>Samtalet avslutat</translation>
    </message>
    <message>
        <source>Call ended · %1</source>
        <translation>Samtalet avslutat · %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>calldeck::CallTools</name>
    <message>
        <source>The call ended.</source>
        <translation>Samtalet avslutades.</translation>
    </message>
    <message>
        <source>Within the auto-approve limit.</source>
        <translation>Inom gränsen för automatiskt godkännande.</translation>
    </message>
    <message>
        <source>The user did not answer in time.</source>
        <translation>Användaren svarade inte i tid.</translation>
    </message>
    <message>
        <source>Unknown tool &quot;%1&quot;.</source>
        <translation>Okänt verktyg &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No contact database is open; do not guess.</source>
        <translation>Ingen kontaktdatabas är öppen; gissa inte.</translation>
    </message>
    <message>
        <source>This call follows no sales script; &quot;%1&quot; is not available.</source>
        <translation>Det här samtalet följer inget säljmanus; &quot;%1&quot; är inte tillgängligt.</translation>
    </message>
</context>
<context>
    <name>calldeck::CallingHours</name>
    <message>
        <source>%1: &quot;start&quot; and &quot;end&quot; must be HH:MM times.</source>
        <translation>%1: &quot;start&quot; och &quot;end&quot; måste vara klockslag på formen HH:MM.</translation>
    </message>
    <message>
        <source>%1 needs a name and a source.</source>
        <translation>%1 behöver ett namn och en källa.</translation>
    </message>
    <message>
        <source>The calling-hours rules are not valid JSON: %1</source>
        <translation>Reglerna för samtalstider är inte giltig JSON: %1</translation>
    </message>
    <message>
        <source>The shipped calling-hours rules are missing from this build.</source>
        <translation>De medföljande reglerna för samtalstider saknas i den här versionen.</translation>
    </message>
    <message>
        <source>CallDeck does not know the time zone of %1, so it cannot tell whether this is a lawful hour to call there; the call is refused rather than guessed.</source>
        <translation>CallDeck känner inte till tidszonen för %1 och kan därför inte avgöra om det är en tillåten tid att ringa dit; samtalet nekas hellre än att CallDeck gissar.</translation>
    </message>
    <message>
        <source>%1 on a %2</source>
        <extracomment>%1 local time (20:12), %2 day of the week (Tuesday)</extracomment>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 is in %2, where it is %3</source>
        <extracomment>%1 phone number, %2 place (Florida), %3 local time(s) (&quot;20:12 on a Tuesday&quot;)</extracomment>
        <translation>%1 finns i %2, där klockan är %3</translation>
    </message>
    <message>
        <source> and </source>
        <translation> och </translation>
    </message>
    <message>
        <source>%1; %2 allows sales calls from %3 until %4.</source>
        <extracomment>%1 situation sentence, %2 rule (Florida, TCPA), %3 start, %4 end</extracomment>
        <translation>%1; %2 tillåter försäljningssamtal från %3 till %4.</translation>
    </message>
    <message>
        <source>%1; %2 allows no sales calls on a %3.</source>
        <extracomment>%1 situation sentence, %2 rule (Texas), %3 day of the week</extracomment>
        <translation>%1; %2 tillåter inga försäljningssamtal en %3.</translation>
    </message>
    <message>
        <source>%1; %2 allows sales calls from %3.</source>
        <translation>%1; %2 tillåter försäljningssamtal från %3.</translation>
    </message>
    <message>
        <source>%1; %2 allows sales calls until %3.</source>
        <translation>%1; %2 tillåter försäljningssamtal till %3.</translation>
    </message>
    <message>
        <source>%1 The next opening is %2 local time.</source>
        <extracomment>%1 the refusal so far, %2 local date and time the window opens</extracomment>
        <translation>%1 Nästa gång det är tillåtet är %2 lokal tid.</translation>
    </message>
</context>
<context>
    <name>calldeck::CapturedFieldsView</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Captured so far</source>
        <translation>Registrerat hittills</translation>
    </message>
    <message>
        <source>M%1 %2: %3</source>
        <extracomment>One captured value on the live page: &quot;M2 Client count: 620&quot;</extracomment>
        <translation>M%1 %2: %3</translation>
    </message>
</context>
<context>
    <name>calldeck::CascadeAgent</name>
    <message>
        <source>The AI base URL &quot;%1&quot; is not a valid http(s) address.</source>
        <translation>Bas-URL:en &quot;%1&quot; för AI är inte en giltig http(s)-adress.</translation>
    </message>
    <message>
        <source>Cascade agent on %1</source>
        <translation>Kaskadagent på %1</translation>
    </message>
    <message>
        <source>The agent was about to say the forbidden phrase &quot;%1&quot;; that sentence was left out.</source>
        <translation>Agenten var på väg att säga den förbjudna frasen &quot;%1&quot;; den meningen utelämnades.</translation>
    </message>
</context>
<context>
    <name>calldeck::ClarificationForm</name>
    <message>
        <source>The plan needs a few answers before the call can be made.</source>
        <translation>Planen behöver några svar innan samtalet kan ringas.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svara</translation>
    </message>
    <message>
        <source>This answer is needed before the call.</source>
        <translation>Det här svaret behövs före samtalet.</translation>
    </message>
</context>
<context>
    <name>calldeck::ComposerDock</name>
    <message>
        <source>Compose</source>
        <translation>Nytt samtal</translation>
    </message>
    <message>
        <source>From a sentence</source>
        <translation>Från en mening</translation>
    </message>
    <message>
        <source>Manual call</source>
        <translation>Manuellt samtal</translation>
    </message>
    <message>
        <source>&amp;Compose Call</source>
        <translation>&amp;Nytt samtal</translation>
    </message>
    <message>
        <source>Planning the call…</source>
        <translation>Planerar samtalet…</translation>
    </message>
    <message>
        <source>Task #%1: %2</source>
        <translation>Uppgift nr %1: %2</translation>
    </message>
    <message>
        <source>Saving your answers…</source>
        <translation>Sparar dina svar…</translation>
    </message>
    <message>
        <source>Task #%1: sign the attestation, then press Call now.</source>
        <translation>Uppgift #%1: signera intygandet och tryck sedan på Ring nu.</translation>
    </message>
</context>
<context>
    <name>calldeck::ConfigurationStatus</name>
    <message>
        <source>Twilio</source>
        <translation>Twilio</translation>
    </message>
    <message>
        <source>Sandbox (simulated calls)</source>
        <translation>Sandlåda (simulerade samtal)</translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>None (offline agent)</source>
        <translation>Ingen (offlineagent)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrollerar…</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Tillgänglig</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Inte tillgänglig</translation>
    </message>
</context>
<context>
    <name>calldeck::ContactCsv</name>
    <message>
        <source>name is empty</source>
        <translation>namnet är tomt</translation>
    </message>
    <message>
        <source>phone is empty</source>
        <translation>telefonnumret är tomt</translation>
    </message>
    <message>
        <source>phone &quot;%1&quot;: %2</source>
        <translation>telefonnummer &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>lead_score &quot;%1&quot; is not a whole number from 0 to 100</source>
        <translation>lead_score &quot;%1&quot; är inte ett heltal från 0 till 100</translation>
    </message>
    <message>
        <source>the file is empty; expected a header row with the columns name and phone</source>
        <translation>filen är tom; förväntade en rubrikrad med kolumnerna name och phone</translation>
    </message>
    <message>
        <source>this is not a CSV text file (it contains binary data)</source>
        <translation>det här är inte en CSV-textfil (den innehåller binärdata)</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it as &quot;CSV UTF-8&quot; and try again</source>
        <translation>filen är inte UTF-8-text; spara den som &quot;CSV UTF-8&quot; och försök igen</translation>
    </message>
    <message>
        <source>this is not a CSV text file (it contains control characters)</source>
        <translation>det här är inte en CSV-textfil (den innehåller kontrolltecken)</translation>
    </message>
    <message>
        <source>the header row on line %1 is not valid CSV: %2</source>
        <translation>rubrikraden på rad %1 är inte giltig CSV: %2</translation>
    </message>
    <message>
        <source>the header row on line %1 has no %2 column (found: %3); the header must name the columns, at least name and phone</source>
        <translation>rubrikraden på rad %1 saknar kolumnen %2 (hittade: %3); rubrikraden måste namnge kolumnerna, minst name och phone</translation>
    </message>
    <message>
        <source>expected %1 fields like the header, found %2</source>
        <translation>förväntade %1 fält som i rubrikraden, hittade %2</translation>
    </message>
    <message>
        <source>same phone number as line %1</source>
        <translation>samma telefonnummer som rad %1</translation>
    </message>
    <message>
        <source>text after the closing quote of field %1</source>
        <translation>text efter det avslutande citattecknet i fält %1</translation>
    </message>
    <message>
        <source>unterminated quoted field (a quote opened on this line is never closed)</source>
        <translation>oavslutat citerat fält (ett citattecken som öppnas på den här raden stängs aldrig)</translation>
    </message>
    <message>
        <source>unterminated quoted field (the quote opened on line %1 is never closed)</source>
        <translation>oavslutat citerat fält (citattecknet som öppnades på rad %1 stängs aldrig)</translation>
    </message>
</context>
<context>
    <name>calldeck::ContactCsvTransfer</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
</context>
<context>
    <name>calldeck::ContactEditDialog</name>
    <message>
        <source>Add Contact</source>
        <translation>Lägg till kontakt</translation>
    </message>
    <message>
        <source>Edit Contact</source>
        <translation>Redigera kontakt</translation>
    </message>
    <message>
        <source>e.g. customer, dentist</source>
        <extracomment>Placeholder: tags are typed separated by commas.</extracomment>
        <translation>t.ex. kund, tandläkare</translation>
    </message>
    <message>
        <source>How promising this contact is, from 0 to 100</source>
        <translation>Hur lovande den här kontakten är, från 0 till 100</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Företag:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>Ta&amp;ggar:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Anteckningar:</translation>
    </message>
    <message>
        <source>&amp;Lead score:</source>
        <translation>&amp;Leadpoäng:</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Ange ett namn.</translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation>Det här ser inte ut som en e-postadress.</translation>
    </message>
    <message>
        <source>Could not save the contact: %1</source>
        <translation>Det gick inte att spara kontakten: %1</translation>
    </message>
</context>
<context>
    <name>calldeck::ContactImporter</name>
    <message>
        <source>import cancelled, nothing was stored: %1</source>
        <translation>importen avbröts, inget lagrades: %1</translation>
    </message>
    <message>
        <source>could not start the import: %1</source>
        <translation>det gick inte att starta importen: %1</translation>
    </message>
</context>
<context>
    <name>calldeck::ContactListModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <source>Tags</source>
        <extracomment>Column header: labels attached to a contact.</extracomment>
        <translation>Taggar</translation>
    </message>
</context>
<context>
    <name>calldeck::ContactPicker</name>
    <message>
        <source>No contact</source>
        <translation>Ingen kontakt</translation>
    </message>
</context>
<context>
    <name>calldeck::ContactRepository</name>
    <message>
        <source>Could not read the contact&apos;s tags</source>
        <translation>Det gick inte att läsa kontaktens taggar</translation>
    </message>
    <message>
        <source>Could not save the contact&apos;s tags</source>
        <translation>Det gick inte att spara kontaktens taggar</translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation>En kontakt måste ha ett namn.</translation>
    </message>
    <message>
        <source>The name is too long (at most %1 characters).</source>
        <translation>Namnet är för långt (högst %1 tecken).</translation>
    </message>
    <message>
        <source>The company name is too long (at most %1 characters).</source>
        <translation>Företagsnamnet är för långt (högst %1 tecken).</translation>
    </message>
    <message>
        <source>A contact needs a phone number.</source>
        <translation>En kontakt måste ha ett telefonnummer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number in international form (like +14155550123).</source>
        <translation>&quot;%1&quot; är inte ett telefonnummer i internationellt format (som +14155550123).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; är inte en e-postadress.</translation>
    </message>
    <message>
        <source>The lead score must be between 0 and %1.</source>
        <translation>Leadpoängen måste vara mellan 0 och %1.</translation>
    </message>
    <message>
        <source>The notes are too long (at most %1 characters).</source>
        <translation>Anteckningarna är för långa (högst %1 tecken).</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is too long (at most %2 characters).</source>
        <translation>Taggen &quot;%1&quot; är för lång (högst %2 tecken).</translation>
    </message>
    <message>
        <source>The phone number %1 already belongs to the contact &quot;%2&quot;.</source>
        <translation>Telefonnumret %1 tillhör redan kontakten &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Could not save the contact</source>
        <translation>Det gick inte att spara kontakten</translation>
    </message>
    <message>
        <source>Could not delete the contact</source>
        <translation>Det gick inte att ta bort kontakten</translation>
    </message>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>Det finns ingen kontakt med id %1.</translation>
    </message>
    <message>
        <source>Could not read the contact</source>
        <translation>Det gick inte att läsa kontakten</translation>
    </message>
    <message>
        <source>Could not list the contacts</source>
        <translation>Det gick inte att lista kontakterna</translation>
    </message>
    <message>
        <source>Could not look up the phone number</source>
        <translation>Det gick inte att slå upp telefonnumret</translation>
    </message>
    <message>
        <source>Could not count the contacts</source>
        <translation>Det gick inte att räkna kontakterna</translation>
    </message>
</context>
<context>
    <name>calldeck::ContactsDock</name>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Search name, company, phone, email, notes or tag…</source>
        <translation>Sök på namn, företag, telefon, e-post, anteckningar eller tagg…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to %1</source>
        <extracomment>%1 is a file path.</extracomment>
        <translation>
            <numerusform>Exporterade %n kontakt till %1</numerusform>
            <numerusform>Exporterade %n kontakter till %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts Import/Export</source>
        <translation>Import/export av kontakter</translation>
    </message>
    <message>
        <source>Add a contact (%1)</source>
        <translation>Lägg till en kontakt (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <extracomment>Button in the contacts panel: import a CSV file.</extracomment>
        <translation>&amp;Importera CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportera CSV…</translation>
    </message>
    <message>
        <source>Could not load contacts: %1</source>
        <translation>Det gick inte att läsa in kontakter: %1</translation>
    </message>
    <message>
        <source>Delete Contact</source>
        <translation>Ta bort kontakt</translation>
    </message>
    <message>
        <source>Delete %1 (%2)? This cannot be undone.</source>
        <translation>Vill du ta bort %1 (%2)? Det går inte att ångra.</translation>
    </message>
    <message>
        <source>Could not delete the contact: %1</source>
        <translation>Det gick inte att ta bort kontakten: %1</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Importera kontakter</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation>Exportera kontakter</translation>
    </message>
    <message>
        <source>contacts.csv</source>
        <translation>contacts.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>No contacts yet.
Add one with %1 or import a CSV file.</source>
        <translation>Inga kontakter ännu.
Lägg till en med %1 eller importera en CSV-fil.</translation>
    </message>
    <message>
        <source>No contacts match “%1”.</source>
        <translation>Inga kontakter matchar ”%1”.</translation>
    </message>
    <message>
        <source>&amp;Add Contact…</source>
        <translation>&amp;Lägg till kontakt…</translation>
    </message>
    <message>
        <source>Add…</source>
        <extracomment>The contacts panel&apos;s button; the File menu shows the full &quot;Add Contact…&quot;.</extracomment>
        <translation>Lägg till…</translation>
    </message>
</context>
<context>
    <name>calldeck::CostMeter</name>
    <message>
        <source>There is no price for &quot;%1&quot;; it is counted as $0. Add it to your price table.</source>
        <translation>Det finns inget pris för &quot;%1&quot;; det räknas som $0. Lägg till det i din pristabell.</translation>
    </message>
</context>
<context>
    <name>calldeck::DashboardDock</name>
    <message>
        <source>Dashboard</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Den här månaden</translation>
    </message>
    <message>
        <source>Calls:</source>
        <translation>Samtal:</translation>
    </message>
    <message>
        <source>Spend:</source>
        <translation>Utgifter:</translation>
    </message>
    <message>
        <source>Average per call:</source>
        <translation>Genomsnitt per samtal:</translation>
    </message>
    <message>
        <source>Success rate:</source>
        <translation>Andel lyckade:</translation>
    </message>
    <message>
        <source>Recent calls</source>
        <translation>Senaste samtal</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <source>Goal achieved</source>
        <translation>Målet uppnått</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Inget svar</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Röstbrevlåda</translation>
    </message>
    <message>
        <source>Goal not reached</source>
        <translation>Målet inte uppnått</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Misslyckat</translation>
    </message>
    <message>
        <source>%1 of %2 calls used, %3 left</source>
        <translation>%1 av %2 samtal har använts, %3 återstår</translation>
    </message>
    <message>
        <source>no calls yet</source>
        <translation>inga samtal ännu</translation>
    </message>
    <message>
        <source>no completed calls yet</source>
        <translation>inga slutförda samtal ännu</translation>
    </message>
    <message>
        <source>%1% (%2 of %3 completed calls)</source>
        <translation>%1 % (%2 av %3 slutförda samtal)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>calldeck::DashboardStats</name>
    <message>
        <source>Could not compute the dashboard figures</source>
        <translation>Det gick inte att beräkna siffrorna för översikten</translation>
    </message>
    <message>
        <source>Could not read the recent calls</source>
        <translation>Det gick inte att läsa de senaste samtalen</translation>
    </message>
</context>
<context>
    <name>calldeck::DialGate</name>
    <message>
        <source>The calling-hours rules could not be loaded, so no call can be checked against them.</source>
        <translation>Reglerna för samtalstider kunde inte läsas in, så inget samtal kan kontrolleras mot dem.</translation>
    </message>
    <message>
        <source>Could not store the call&apos;s attestation</source>
        <translation>Det gick inte att spara samtalets intygande</translation>
    </message>
    <message>
        <source>Task %1&apos;s attestation is signed and unaltered.</source>
        <translation>Uppgift %1 har ett signerat och oförändrat intygande.</translation>
    </message>
    <message>
        <source>Nobody has signed the attestation for this call: confirm its five statements and type your full name before dialling.</source>
        <translation>Ingen har signerat intygandet för det här samtalet: bekräfta de fem påståendena och skriv ditt fullständiga namn innan du ringer.</translation>
    </message>
    <message>
        <source>The attestation is incomplete: %1</source>
        <translation>Intygandet är ofullständigt: %1</translation>
    </message>
    <message>
        <source>Attested by %1 for this call.</source>
        <translation>Intygat av %1 för det här samtalet.</translation>
    </message>
    <message>
        <source>%1 is not on the Do-Not-Call list.</source>
        <translation>%1 finns inte på spärrlistan.</translation>
    </message>
    <message>
        <source>%1 is on the Do-Not-Call list (added by %2 on %3).</source>
        <extracomment>%1 number, %2 who added it, %3 when</extracomment>
        <translation>%1 finns på spärrlistan (tillagt av %2 den %3).</translation>
    </message>
    <message>
        <source>%1 is on the Do-Not-Call list (added by %2 on %3: %4).</source>
        <extracomment>%1 number, %2 who added it, %3 when, %4 why</extracomment>
        <translation>%1 finns på spärrlistan (tillagt av %2 den %3: %4).</translation>
    </message>
    <message>
        <source>Could not count the number&apos;s recent calls</source>
        <translation>Det gick inte att räkna numrets senaste samtal</translation>
    </message>
    <message>
        <source>%1 was called %2 times in the last 24 hours (at most %3 are allowed).</source>
        <translation>%1 har ringts %2 gånger de senaste 24 timmarna (högst %3 är tillåtna).</translation>
    </message>
    <message>
        <source>%1 was already called %2 times in the last 24 hours; more than %3 calls to one number a day is treated as harassment.</source>
        <translation>%1 har redan ringts %2 gånger de senaste 24 timmarna; fler än %3 samtal till samma nummer per dygn räknas som trakasserier.</translation>
    </message>
    <message>
        <source>%1 of %3 calls this hour and %2 of %4 today.</source>
        <extracomment>%1/%2 calls in the last hour/day, %3/%4 the limits</extracomment>
        <translation>%1 av %3 samtal den här timmen och %2 av %4 i dag.</translation>
    </message>
    <message>
        <source>The call is not recorded; the agent still says it is an AI when one talks.</source>
        <translation>Samtalet spelas inte in; agenten säger ändå att den är en AI när en AI talar.</translation>
    </message>
    <message>
        <source>The call is recorded and %1 requires every party&apos;s consent: the agent opens with the recording notice and asks for consent.</source>
        <translation>Samtalet spelas in och %1 kräver samtycke från alla parter: agenten inleder med meddelandet om inspelning och ber om samtycke.</translation>
    </message>
    <message>
        <source>The call is recorded: the agent opens with the recording notice.</source>
        <translation>Samtalet spelas in: agenten inleder med meddelandet om inspelning.</translation>
    </message>
</context>
<context>
    <name>calldeck::DncRepository</name>
    <message>
        <source>&quot;%1&quot; is not an E.164 number.</source>
        <translation>&quot;%1&quot; är inte ett nummer i E.164-format.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Do-Not-Call source.</source>
        <translation>&quot;%1&quot; är ingen källa för spärrlistan.</translation>
    </message>
    <message>
        <source>Could not add the number to the Do-Not-Call list</source>
        <translation>Det gick inte att lägga till numret på spärrlistan</translation>
    </message>
    <message>
        <source>Could not remove the number</source>
        <translation>Det gick inte att ta bort numret</translation>
    </message>
    <message>
        <source>%1 is not on the Do-Not-Call list.</source>
        <translation>%1 finns inte på spärrlistan.</translation>
    </message>
    <message>
        <source>Could not check the Do-Not-Call list</source>
        <translation>Det gick inte att kontrollera spärrlistan</translation>
    </message>
    <message>
        <source>Could not read the Do-Not-Call list</source>
        <translation>Det gick inte att läsa spärrlistan</translation>
    </message>
    <message>
        <source>Could not count the Do-Not-Call list</source>
        <translation>Det gick inte att räkna spärrlistan</translation>
    </message>
    <message>
        <source>Could not import the Do-Not-Call file</source>
        <translation>Det gick inte att importera spärrfilen</translation>
    </message>
    <message>
        <source>The file&apos;s first line has commas but no &quot;phone&quot; column; a CSV needs one.</source>
        <translation>Filens första rad innehåller kommatecken men ingen kolumn &quot;phone&quot;; en CSV-fil behöver en sådan.</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a phone number (%3)</source>
        <extracomment>%1 line number, %2 the text, %3 why it is not a number</extracomment>
        <translation>rad %1: &quot;%2&quot; är inget telefonnummer (%3)</translation>
    </message>
</context>
<context>
    <name>calldeck::DockManager</name>
    <message>
        <source>&amp;Lock Panels</source>
        <translation>&amp;Lås paneler</translation>
    </message>
    <message>
        <source>Keep panels where they are: no moving, floating or closing</source>
        <translation>Håll panelerna på plats: de kan inte flyttas, lossas eller stängas</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Återställ layout</translation>
    </message>
    <message>
        <source>Put every panel back where it was when CallDeck was first started</source>
        <translation>Flytta tillbaka varje panel dit den var när CallDeck startades första gången</translation>
    </message>
</context>
<context>
    <name>calldeck::DtmfPad</name>
    <message>
        <source>Send touch tones into the call (you can also type digits, * and # here)</source>
        <translation>Skicka tonval i samtalet (du kan också skriva siffror, * och # här)</translation>
    </message>
    <message>
        <source>Key %1</source>
        <extracomment>Accessible name of a keypad key; %1 is the digit, star or hash.</extracomment>
        <translation>Knapp %1</translation>
    </message>
</context>
<context>
    <name>calldeck::Engine</name>
    <message>
        <source>The listen address &quot;%1&quot; is not HOST:PORT (for example 127.0.0.1:8077).</source>
        <translation>Lyssningsadressen &quot;%1&quot; har inte formen VÄRD:PORT (till exempel 127.0.0.1:8077).</translation>
    </message>
    <message>
        <source>The call engine is not running.</source>
        <translation>Samtalsmotorn körs inte.</translation>
    </message>
    <message>
        <source>Twilio is not configured: set the account SID, the from number and the auth token in Settings › Telephony, or use the sandbox line.</source>
        <translation>Twilio är inte konfigurerat: ange konto-SID, avsändarnummer och autentiseringstoken under Inställningar › Telefoni, eller använd sandlådelinjen.</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;; use &quot;sandbox&quot; or &quot;twilio&quot;.</source>
        <translation>Okänd leverantör &quot;%1&quot;; använd &quot;sandbox&quot; eller &quot;twilio&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number CallDeck can call: %2</source>
        <translation>&quot;%1&quot; är inget nummer som CallDeck kan ringa: %2</translation>
    </message>
    <message>
        <source>Twilio cannot reach this computer: set a public https URL in Settings › Telephony (CALLDECK_PUBLIC_URL) or start a tunnel (ngrok or cloudflared).</source>
        <translation>Twilio kan inte nå den här datorn: ange en publik https-URL under Inställningar › Telefoni (CALLDECK_PUBLIC_URL) eller starta en tunnel (ngrok eller cloudflared).</translation>
    </message>
    <message>
        <source>Unknown agent &quot;%1&quot;; use human, offline, realtime or cascade.</source>
        <translation>Okänd agent &quot;%1&quot;; använd human, offline, realtime eller cascade.</translation>
    </message>
    <message>
        <source>The %1 agent needs an OpenAI-compatible API key: set OPENAI_API_KEY or store it in Settings › AI. The offline agent works without one.</source>
        <translation>Agenten %1 kräver en OpenAI-kompatibel API-nyckel: ange OPENAI_API_KEY eller lagra den under Inställningar › AI-leverantörer. Offlineagenten fungerar utan nyckel.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) were still live when CallDeck stopped; they are marked interrupted in the call history.</source>
        <translation>
            <numerusform>%n samtal pågick fortfarande när CallDeck stoppades; det har markerats som avbrutet i samtalshistoriken.</numerusform>
            <numerusform>%n samtal pågick fortfarande när CallDeck stoppades; de har markerats som avbrutna i samtalshistoriken.</numerusform>
        </translation>
    </message>
    <message>
        <source>my client</source>
        <translation>min klient</translation>
    </message>
    <message>
        <source>Find out how %1 can help and note what they offer.</source>
        <translation>Ta reda på hur %1 kan hjälpa till och notera vad de erbjuder.</translation>
    </message>
    <message>
        <source>Post-call processing failed: %1</source>
        <translation>Efterbehandlingen av samtalet misslyckades: %1</translation>
    </message>
    <message numerus="yes">
        <source>Outcome %1; %n value(s) extracted</source>
        <extracomment>After a call: %1 the outcome (goal_achieved, declined, …), %2 how many values were extracted.</extracomment>
        <translation>
            <numerusform>Resultat %1; %n värde extraherat</numerusform>
            <numerusform>Resultat %1; %n värden extraherade</numerusform>
        </translation>
    </message>
    <message>
        <source>A call with a sales script needs the database; it is not open.</source>
        <translation>Ett samtal med säljmanus kräver databasen, men den är inte öppen.</translation>
    </message>
    <message>
        <source>The call is not linked to its script run: %1</source>
        <translation>Samtalet är inte kopplat till sin manusgenomgång: %1</translation>
    </message>
    <message>
        <source>The script run could not be closed: %1</source>
        <translation>Manusgenomgången kunde inte avslutas: %1</translation>
    </message>
    <message>
        <source>A call through Twilio needs the database for the compliance gate; it is not open.</source>
        <translation>Ett samtal via Twilio behöver databasen för regelefterlevnadsspärren; den är inte öppen.</translation>
    </message>
    <message>
        <source>Twilio is no longer configured.</source>
        <translation>Twilio är inte längre konfigurerat.</translation>
    </message>
    <message>
        <source>Sandbox line, not enforced: %1</source>
        <extracomment>%1 why the compliance gate would refuse this call on a real line</extracomment>
        <translation>Sandlådelinje, tillämpas inte: %1</translation>
    </message>
</context>
<context>
    <name>calldeck::ExtractionJson</name>
    <message>
        <source>The AI&apos;s extraction was not usable: %1</source>
        <translation>AI:ns extrahering gick inte att använda: %1</translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>svaret är inte ett JSON-objekt</translation>
    </message>
    <message>
        <source>it has no usable summary</source>
        <translation>den saknar en användbar sammanfattning</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an outcome CallDeck knows</source>
        <translation>&quot;%1&quot; är inget resultat som CallDeck känner till</translation>
    </message>
    <message>
        <source>it does not say whether the goal was achieved</source>
        <translation>den anger inte om målet uppnåddes</translation>
    </message>
    <message>
        <source>its fields are not a list</source>
        <translation>dess fält är inte en lista</translation>
    </message>
    <message>
        <source>The AI&apos;s goal-achieved flag contradicted its outcome; the outcome was kept.</source>
        <translation>AI:ns flagga för uppnått mål motsade dess resultat; resultatet behölls.</translation>
    </message>
    <message>
        <source>The AI returned an unknown field &quot;%1&quot;; it was left out.</source>
        <translation>AI:n returnerade ett okänt fält &quot;%1&quot;; det utelämnades.</translation>
    </message>
    <message>
        <source>The AI&apos;s value for &quot;%1&quot; was unreadable; it was left out.</source>
        <translation>AI:ns värde för &quot;%1&quot; gick inte att läsa; det utelämnades.</translation>
    </message>
</context>
<context>
    <name>calldeck::ExtractionKeys</name>
    <message>
        <source>Spoke with</source>
        <translation>Talade med</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Företag</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Chosen option</source>
        <translation>Valt alternativ</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Bokad tid</translation>
    </message>
    <message>
        <source>Confirmation number</source>
        <translation>Bekräftelsenummer</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instruktioner</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Stämning</translation>
    </message>
    <message>
        <source>Goal achieved</source>
        <translation>Målet uppnått</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>calldeck::FollowUpContextBuilder</name>
    <message>
        <source>unknown</source>
        <translation>okänt</translation>
    </message>
</context>
<context>
    <name>calldeck::FollowUpContextView</name>
    <message>
        <source>Client count</source>
        <translation>Antal kunder</translation>
    </message>
    <message>
        <source>Business type</source>
        <translation>Verksamhetstyp</translation>
    </message>
    <message>
        <source>Revenue range</source>
        <translation>Omsättningsintervall</translation>
    </message>
    <message>
        <source>Main pain</source>
        <translation>Största problem</translation>
    </message>
    <message>
        <source>Tool stack</source>
        <translation>Verktyg</translation>
    </message>
    <message>
        <source>Qualification gate</source>
        <translation>Kvalificeringsspärr</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Invändning</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Tidigare</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Kvalificering</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Previous call:</source>
        <translation>Föregående samtal:</translation>
    </message>
    <message>
        <source>Reached:</source>
        <translation>Nådde:</translation>
    </message>
    <message>
        <source>&amp;Resume:</source>
        <translation>&amp;Återuppta:</translation>
    </message>
    <message>
        <source>Unresolved objections:</source>
        <translation>Olösta invändningar:</translation>
    </message>
    <message>
        <source>Continue from M%1 %2</source>
        <translation>Fortsätt från M%1 %2</translation>
    </message>
    <message>
        <source>Jump to decision (M%1 %2)</source>
        <translation>Hoppa till beslutet (M%1 %2)</translation>
    </message>
    <message>
        <source>Start over from M%1 %2</source>
        <translation>Börja om från M%1 %2</translation>
    </message>
    <message>
        <source>Follow-up: call %1 of this thread · language %2</source>
        <extracomment>Thread line of a follow-up: &quot;Follow-up: call 3 of this thread · language en-US&quot;</extracomment>
        <translation>Uppföljning: samtal %1 i den här tråden · språk %2</translation>
    </message>
    <message>
        <source>(no summary)</source>
        <translation>(ingen sammanfattning)</translation>
    </message>
    <message>
        <source>no milestone completed</source>
        <translation>ingen milstolpe slutförd</translation>
    </message>
    <message>
        <source>M%1 %2</source>
        <translation>M%1 %2</translation>
    </message>
    <message>
        <source>open</source>
        <translation>öppen</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>uppskjuten</translation>
    </message>
    <message>
        <source>call %1, M%2</source>
        <translation>samtal %1, M%2</translation>
    </message>
    <message>
        <source>M%1</source>
        <translation>M%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
</context>
<context>
    <name>calldeck::GateVerdict</name>
    <message>
        <source>The compliance gate refuses this call. %1</source>
        <extracomment>%1 every reason the compliance gate refused the call, separated by spaces</extracomment>
        <translation>Regelefterlevnadsspärren nekar det här samtalet. %1</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Intygande</translation>
    </message>
    <message>
        <source>Do-Not-Call list</source>
        <translation>Spärrlista</translation>
    </message>
    <message>
        <source>Calling hours</source>
        <translation>Samtalstider</translation>
    </message>
    <message>
        <source>Abuse pause</source>
        <translation>Paus vid missbruk</translation>
    </message>
    <message>
        <source>Rate limits</source>
        <translation>Samtalsgränser</translation>
    </message>
    <message>
        <source>Recording consent</source>
        <translation>Samtycke till inspelning</translation>
    </message>
</context>
<context>
    <name>calldeck::HistoryDock</name>
    <message>
        <source>Call history</source>
        <translation>Samtalshistorik</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Alla tider</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Senaste 7 dagarna</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Senaste 30 dagarna</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Skapad:</translation>
    </message>
    <message>
        <source>Call attempts:</source>
        <translation>Samtalsförsök:</translation>
    </message>
    <message>
        <source>Create follow-up task…</source>
        <translation>Skapa uppföljningsuppgift…</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>Markera som löst</translation>
    </message>
    <message>
        <source>Re-run post-call processing</source>
        <translation>Kör efterbehandlingen igen</translation>
    </message>
    <message>
        <source>Select a task to see its plan and its calls.</source>
        <translation>Välj en uppgift för att se dess plan och samtal.</translation>
    </message>
    <message>
        <source>Attempt %1 · %2 · %3 · %4</source>
        <translation>Försök %1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Create follow-up task</source>
        <translation>Skapa uppföljningsuppgift</translation>
    </message>
    <message>
        <source>What should the follow-up call achieve? Contact, number, tone, priority and price limit are taken from this task.</source>
        <translation>Vad ska uppföljningssamtalet uppnå? Kontakt, nummer, ton, prioritet och prisgräns hämtas från den här uppgiften.</translation>
    </message>
    <message>
        <source>Create task</source>
        <translation>Skapa uppgift</translation>
    </message>
    <message>
        <source>Follow-up task “%1” created.</source>
        <translation>Uppföljningsuppgiften ”%1” har skapats.</translation>
    </message>
    <message>
        <source>Task marked resolved.</source>
        <translation>Uppgiften har markerats som löst.</translation>
    </message>
    <message>
        <source>Post-call processing finished.</source>
        <translation>Efterbehandlingen är klar.</translation>
    </message>
</context>
<context>
    <name>calldeck::ImportReportDialog</name>
    <message>
        <source>Contacts Import</source>
        <translation>Import av kontakter</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n contact(s) from %1.</source>
        <extracomment>%1 is a file name; %n the number of contacts imported.</extracomment>
        <translation>
            <numerusform>Importerade %n kontakt från %1.</numerusform>
            <numerusform>Importerade %n kontakter från %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were not imported:</source>
        <translation>
            <numerusform>%n rad importerades inte:</numerusform>
            <numerusform>%n rader importerades inte:</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <extracomment>One rejected row of an imported CSV file: %1 line number, %2 the reason.</extracomment>
        <translation>rad %1: %2</translation>
    </message>
</context>
<context>
    <name>calldeck::InstructionForm</name>
    <message>
        <source>Friendly</source>
        <translation>Vänlig</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>Bestämd</translation>
    </message>
    <message>
        <source>Assertive</source>
        <translation>Självsäker</translation>
    </message>
    <message>
        <source>Plan call</source>
        <translation>Planera samtal</translation>
    </message>
    <message>
        <source>Say what the call should achieve, e.g. &quot;Call Bright Smile Dental at +1 555 555 0100 and get the earliest cleaning appointment this week, under $150&quot;</source>
        <translation>Beskriv vad samtalet ska uppnå, t.ex. &quot;Ring Bright Smile Dental på +1 555 555 0100 och boka tidigast möjliga tid för tandrengöring den här veckan, under $150&quot;</translation>
    </message>
    <message>
        <source>Optional; found in the sentence or asked for</source>
        <translation>Valfritt; hämtas ur meningen eller efterfrågas</translation>
    </message>
    <message>
        <source>Assistant default</source>
        <translation>Assistentens standard</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Ingen gräns</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Låg</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hög</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Instruktion</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Max price</source>
        <translation>Maxpris</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Write what the call should achieve.</source>
        <translation>Skriv vad samtalet ska uppnå.</translation>
    </message>
    <message>
        <source>The instruction is too long (%1 characters; at most %2).</source>
        <translation>Instruktionen är för lång (%1 tecken; högst %2).</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>calldeck::KeychainCredentialStore</name>
    <message>
        <source>Could not read %1 from the keychain: %2</source>
        <translation>Det gick inte att läsa %1 från nyckelringen: %2</translation>
    </message>
    <message>
        <source>Could not store %1 in the keychain: %2</source>
        <translation>Det gick inte att lagra %1 i nyckelringen: %2</translation>
    </message>
    <message>
        <source>Could not delete %1 from the keychain: %2</source>
        <translation>Det gick inte att ta bort %1 från nyckelringen: %2</translation>
    </message>
    <message>
        <source>No keychain service answered (%1). CallDeck keeps API keys and tokens only in the system keychain, never in a plain file. Install and unlock GNOME Keyring or KWallet, or, for headless use, set the environment variables %2.</source>
        <translation>Ingen nyckelringstjänst svarade (%1). CallDeck lagrar API-nycklar och token endast i systemets nyckelring, aldrig i en vanlig fil. Installera och lås upp GNOME Keyring eller KWallet, eller ange miljövariablerna %2 vid användning utan grafiskt gränssnitt.</translation>
    </message>
</context>
<context>
    <name>calldeck::LevelMeter</name>
    <message>
        <source>Audio level</source>
        <translation>Ljudnivå</translation>
    </message>
</context>
<context>
    <name>calldeck::LogDock</name>
    <message>
        <source>Debug</source>
        <translation>Felsökning</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Logg</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>No warnings or errors so far.</source>
        <translation>Inga varningar eller fel hittills.</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Rensa</translation>
    </message>
    <message>
        <source>Remove every line from this panel (the log file keeps them)</source>
        <translation>Ta bort alla rader från den här panelen (loggfilen behåller dem)</translation>
    </message>
    <message>
        <source>&amp;Open Log File</source>
        <translation>&amp;Öppna loggfil</translation>
    </message>
</context>
<context>
    <name>calldeck::MainMenu</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Import Contacts…</source>
        <translation>&amp;Importera kontakter…</translation>
    </message>
    <message>
        <source>&amp;Export Contacts…</source>
        <translation>&amp;Exportera kontakter…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>I&amp;nställningar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <extracomment>Submenu listing the dockable panels (Contacts, Log, ...) with a check mark each.</extracomment>
        <translation>&amp;Paneler</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About CallDeck</source>
        <translation>&amp;Om CallDeck</translation>
    </message>
    <message>
        <source>Call &amp;Monitor</source>
        <translation>&amp;Samtalsövervakning</translation>
    </message>
    <message>
        <source>Show the call monitor and give it the keyboard (hold Space to barge in)</source>
        <translation>Visa samtalsövervakningen och ge den tangentbordsfokus (håll ned blanksteg för att bryta in)</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <extracomment>Menu bar: composing calls and controlling the selected call.</extracomment>
        <translation>&amp;Samtal</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Kortkommandon…</translation>
    </message>
</context>
<context>
    <name>calldeck::MainWindow</name>
    <message>
        <source>CallDeck</source>
        <translation>CallDeck</translation>
    </message>
    <message>
        <source>About CallDeck</source>
        <translation>Om CallDeck</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CallDeck %1&lt;/h3&gt;&lt;p&gt;A desktop operator console for phone calls placed by you or your AI assistant.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CallDeck %1&lt;/h3&gt;&lt;p&gt;En operatörskonsol för skrivbordet för telefonsamtal som rings av dig eller din AI-assistent.&lt;/p&gt;&lt;p&gt;Byggd med Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Task %1 waits: %2</source>
        <translation>Uppgift %1 väntar: %2</translation>
    </message>
    <message>
        <source>Task %1 moved to %2: %3</source>
        <translation>Uppgift %1 har flyttats till %2: %3</translation>
    </message>
    <message>
        <source>%1 is in the call form: complete it, sign and press Call now.</source>
        <extracomment>%1 a phone number handed over by the desktop (a click on a tel: link).</extracomment>
        <translation>%1 finns i samtalsformuläret: fyll i det, signera och tryck på Ring nu.</translation>
    </message>
    <message>
        <source>Calls are unavailable, so %1 was not put in a call form.</source>
        <translation>Samtal är inte tillgängliga, så %1 lades inte i ett samtalsformulär.</translation>
    </message>
</context>
<context>
    <name>calldeck::ManualCallForm</name>
    <message>
        <source>Existing client</source>
        <translation>Befintlig kund</translation>
    </message>
    <message>
        <source>Warm lead</source>
        <translation>Varm lead</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Rekommendation</translation>
    </message>
    <message>
        <source>Vendor inquiry</source>
        <translation>Leverantörsförfrågan</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partnerskap</translation>
    </message>
    <message>
        <source>Other business</source>
        <translation>Övrigt affärsärende</translation>
    </message>
    <message>
        <source>Create call</source>
        <translation>Skapa samtal</translation>
    </message>
    <message>
        <source>+1 555 555 0100</source>
        <translation>+1 555 555 0100</translation>
    </message>
    <message>
        <source>Choose a purpose</source>
        <translation>Välj ett syfte</translation>
    </message>
    <message>
        <source>What should the call achieve? (%1–%2 characters)</source>
        <translation>Vad ska samtalet uppnå? (%1–%2 tecken)</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Kontaktnamn</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Enter the phone number to call.</source>
        <translation>Ange telefonnumret som ska ringas.</translation>
    </message>
    <message>
        <source>Choose the purpose of the call.</source>
        <translation>Välj syftet med samtalet.</translation>
    </message>
    <message>
        <source>Describe the objective in at least %1 characters.</source>
        <translation>Beskriv målet med minst %1 tecken.</translation>
    </message>
    <message>
        <source>The objective is too long (%1 characters; at most %2).</source>
        <translation>Målet är för långt (%1 tecken; högst %2).</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>calldeck::MediaHost</name>
    <message>
        <source>The media server could not listen on %1 port %2; is the port in use?</source>
        <translation>Medieservern kunde inte lyssna på %1 port %2; används porten redan?</translation>
    </message>
    <message>
        <source>Refused a webhook to %1 from %2: %3</source>
        <translation>Avvisade en webhook till %1 från %2: %3</translation>
    </message>
    <message>
        <source>no auth token is set to check X-Twilio-Signature</source>
        <translation>ingen autentiseringstoken har angetts för att kontrollera X-Twilio-Signature</translation>
    </message>
    <message>
        <source>no X-Twilio-Signature</source>
        <translation>X-Twilio-Signature saknas</translation>
    </message>
    <message>
        <source>wrong X-Twilio-Signature</source>
        <translation>fel X-Twilio-Signature</translation>
    </message>
    <message>
        <source>Refused a signed webhook to %1 for a call that is not open.</source>
        <translation>Avvisade en signerad webhook till %1 för ett samtal som inte är öppet.</translation>
    </message>
    <message>
        <source>Refused a WebSocket from %1 to an unknown path.</source>
        <translation>Avvisade en WebSocket från %1 till en okänd sökväg.</translation>
    </message>
    <message>
        <source>Refused a media WebSocket from %1: %2</source>
        <translation>Avvisade en medie-WebSocket från %1: %2</translation>
    </message>
    <message>
        <source>Refused a media stream: its token was missing, unknown or already used.</source>
        <translation>Avvisade en medieström: dess token saknades, var okänd eller redan använd.</translation>
    </message>
</context>
<context>
    <name>calldeck::MediaServer</name>
    <message>
        <source>The media server could not listen on %1 port %2; is the port in use?</source>
        <translation>Medieservern kunde inte lyssna på %1 port %2; används porten redan?</translation>
    </message>
</context>
<context>
    <name>calldeck::MediaStream</name>
    <message>
        <source>a binary frame (Twilio sends only text)</source>
        <translation>en binär ram (Twilio skickar bara text)</translation>
    </message>
    <message>
        <source>a message that is not a JSON object</source>
        <translation>ett meddelande som inte är ett JSON-objekt</translation>
    </message>
    <message>
        <source>a message without a required field</source>
        <translation>ett meddelande som saknar ett obligatoriskt fält</translation>
    </message>
    <message>
        <source>a message with an unknown event</source>
        <translation>ett meddelande med en okänd händelse</translation>
    </message>
    <message>
        <source>a message for another stream (wrong streamSid)</source>
        <translation>ett meddelande för en annan ström (fel streamSid)</translation>
    </message>
    <message>
        <source>a message before the stream started</source>
        <translation>ett meddelande innan strömmen startade</translation>
    </message>
    <message>
        <source>audio that is not valid base64 μ-law of a sane size</source>
        <translation>ljud som inte är giltig base64-kodad μ-law av rimlig storlek</translation>
    </message>
    <message>
        <source>audio on a track other than inbound</source>
        <translation>ljud på ett annat spår än inbound</translation>
    </message>
    <message>
        <source>a second start message</source>
        <translation>ett andra start-meddelande</translation>
    </message>
    <message>
        <source>a mark echo CallDeck never sent</source>
        <translation>ett mark-eko som CallDeck aldrig skickade</translation>
    </message>
    <message>
        <source>a message larger than 64 KiB</source>
        <translation>ett meddelande som är större än 64 KiB</translation>
    </message>
    <message>
        <source>Stream %1 rejected %2%3</source>
        <translation>Strömmen %1 avvisade %2%3</translation>
    </message>
    <message>
        <source>(not started)</source>
        <translation>(inte startad)</translation>
    </message>
    <message>
        <source>A media stream was refused: its token was missing, unknown or already used.</source>
        <translation>En medieström avvisades: dess token saknades, var okänd eller redan använd.</translation>
    </message>
</context>
<context>
    <name>calldeck::Migrations</name>
    <message>
        <source>Could not read the database schema version</source>
        <translation>Det gick inte att läsa databasens schemaversion</translation>
    </message>
    <message>
        <source>The list of schema migrations is not numbered 1, 2, 3, ...</source>
        <translation>Listan med schemamigreringar är inte numrerad 1, 2, 3, ...</translation>
    </message>
    <message>
        <source>Schema version %1 does not exist; this CallDeck knows versions 0 to %2.</source>
        <translation>Schemaversion %1 finns inte; den här versionen av CallDeck känner till versionerna 0 till %2.</translation>
    </message>
    <message>
        <source>The database was written by a newer CallDeck (schema version %1; this version knows up to %2). Update CallDeck to open it.</source>
        <translation>Databasen skrevs av en nyare version av CallDeck (schemaversion %1; den här versionen känner till upp till %2). Uppdatera CallDeck för att öppna den.</translation>
    </message>
    <message>
        <source>Could not create the schema version table</source>
        <translation>Det gick inte att skapa tabellen för schemaversion</translation>
    </message>
    <message>
        <source>Could not upgrade the database to schema version %1</source>
        <translation>Det gick inte att uppgradera databasen till schemaversion %1</translation>
    </message>
    <message>
        <source>Could not downgrade the database from schema version %1</source>
        <translation>Det gick inte att nedgradera databasen från schemaversion %1</translation>
    </message>
</context>
<context>
    <name>calldeck::MilestoneChecklistForm</name>
    <message>
        <source>Questions to ask</source>
        <translation>Frågor att ställa</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Att registrera</translation>
    </message>
    <message>
        <source>Confirm before moving on</source>
        <translation>Bekräfta innan du går vidare</translation>
    </message>
    <message>
        <source>Privacy mode hides this value</source>
        <translation>Integritetsläget döljer det här värdet</translation>
    </message>
    <message>
        <source>%1 (private)</source>
        <extracomment>Label of a client-sensitive field (hidden in privacy mode)</extracomment>
        <translation>%1 (privat)</translation>
    </message>
    <message>
        <source>Client-sensitive: hidden in privacy mode</source>
        <translation>Kundkänsligt: döljs i integritetsläge</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>calldeck::MilestoneStepStrip</name>
    <message>
        <source>M%1 %2 — %3</source>
        <extracomment>Tooltip of a milestone step: &quot;M3 Outcome Vision — current&quot;</extracomment>
        <translation>M%1 %2 — %3</translation>
    </message>
    <message>
        <source>done</source>
        <translation>klar</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>överhoppad</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>inte påbörjad</translation>
    </message>
</context>
<context>
    <name>calldeck::MoneySpinBox</name>
    <message>
        <source>$ </source>
        <extracomment>Currency symbol shown before money amounts in the settings.</extracomment>
        <translation>$ </translation>
    </message>
</context>
<context>
    <name>calldeck::MonitorDock</name>
    <message>
        <source>Call Monitor</source>
        <translation>Samtalsövervakning</translation>
    </message>
    <message>
        <source>Place test call</source>
        <translation>Ring testsamtal</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Samtalstid</translation>
    </message>
    <message>
        <source>Callee level</source>
        <translation>Ljudnivå för uppringd</translation>
    </message>
    <message>
        <source>Agent level</source>
        <translation>Ljudnivå för agent</translation>
    </message>
    <message>
        <source>Callee</source>
        <extracomment>Level meter label: the person who was called.</extracomment>
        <translation>Uppringd</translation>
    </message>
    <message>
        <source>Agent</source>
        <extracomment>Level meter label: our side of the call (the human agent or the AI).</extracomment>
        <translation>Agent</translation>
    </message>
    <message>
        <source>&amp;Listen</source>
        <translation>&amp;Lyssna</translation>
    </message>
    <message>
        <source>Hear the call on your speaker</source>
        <translation>Hör samtalet i din högtalare</translation>
    </message>
    <message>
        <source>&amp;Barge in</source>
        <translation>&amp;Bryt in</translation>
    </message>
    <message>
        <source>Hold to talk into the call (or hold Space while this panel has the focus)</source>
        <translation>Håll ned för att tala i samtalet (eller håll ned blanksteg när den här panelen har fokus)</translation>
    </message>
    <message>
        <source>Loc&amp;k barge-in</source>
        <translation>L&amp;ås inbrytning</translation>
    </message>
    <message>
        <source>Keep your microphone in the call without holding the button</source>
        <translation>Behåll din mikrofon i samtalet utan att hålla ned knappen</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>&amp;Tysta</translation>
    </message>
    <message>
        <source>Mute your microphone in this call</source>
        <translation>Stäng av din mikrofon i det här samtalet</translation>
    </message>
    <message>
        <source>&amp;Hang up</source>
        <translation>Lägg &amp;på</translation>
    </message>
    <message>
        <source>End the selected call (Ctrl+H)</source>
        <translation>Avsluta det markerade samtalet (Ctrl+H)</translation>
    </message>
    <message>
        <source>Place a call above, or pick one from the list.</source>
        <translation>Ring ett samtal ovan eller välj ett i listan.</translation>
    </message>
    <message>
        <source>No call selected</source>
        <translation>Inget samtal valt</translation>
    </message>
    <message>
        <source>The call was not placed: %1</source>
        <extracomment>Banner in the call monitor; %1 is the reason from the engine or the provider.</extracomment>
        <translation>Samtalet kunde inte ringas: %1</translation>
    </message>
    <message>
        <source>Estimated cost: $%1 for a %2-minute call</source>
        <extracomment>Pre-call cost estimate; %1 dollars, %2 minutes.</extracomment>
        <translation>Uppskattad kostnad: $%1 för ett samtal på %2 minuter</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>&amp;Godkänn</translation>
    </message>
    <message>
        <source>Let the agent accept (Ctrl+Enter)</source>
        <translation>Låt agenten godta (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Avböj</translation>
    </message>
    <message>
        <source>&amp;Take over</source>
        <translation>Ta &amp;över</translation>
    </message>
    <message>
        <source>Talk to the callee yourself while the AI agent holds; click again to hand the call back (Ctrl+T)</source>
        <translation>Tala själv med den uppringda medan AI-agenten väntar; klicka igen för att lämna tillbaka samtalet (Ctrl+T)</translation>
    </message>
    <message>
        <source>Approved in the call monitor</source>
        <translation>Godkänt i samtalsövervakningen</translation>
    </message>
    <message>
        <source>Declined in the call monitor</source>
        <translation>Avböjt i samtalsövervakningen</translation>
    </message>
    <message>
        <source>Hand &amp;back</source>
        <translation>Lämna t&amp;illbaka</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <extracomment>Monitor: which agent talks on the call.</extracomment>
        <translation>Agent: %1</translation>
    </message>
    <message>
        <source>you</source>
        <translation>du</translation>
    </message>
    <message>
        <source> (you have the call)</source>
        <translation> (du har samtalet)</translation>
    </message>
    <message>
        <source>Cost $%1 (estimate $%2)</source>
        <extracomment>Monitor: live cost of the call; %1 dollars so far, %2 the estimate before the call.</extracomment>
        <translation>Kostnad $%1 (uppskattning $%2)</translation>
    </message>
    <message>
        <source>Cost $%1</source>
        <translation>Kostnad $%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Approval needed:&lt;/b&gt; %1 — $%2</source>
        <extracomment>%1 what the agent wants to accept, %2 the amount in dollars.</extracomment>
        <translation>&lt;b&gt;Godkännande krävs:&lt;/b&gt; %1 — $%2</translation>
    </message>
    <message>
        <source>Response p50 %1 ms · p95 %2 ms · turns: %3</source>
        <extracomment>Monitor: agent response time; %1/%2 milliseconds, %3 the number of turns measured.</extracomment>
        <translation>Svarstid p50 %1 ms · p95 %2 ms · talturer: %3</translation>
    </message>
    <message>
        <source>&amp;Hang Up</source>
        <translation>Lägg &amp;på</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Godkänn</translation>
    </message>
    <message>
        <source>&amp;Take Over</source>
        <translation>&amp;Ta över</translation>
    </message>
    <message>
        <source>&amp;Barge In (Locked)</source>
        <extracomment>Menu entry: keeps the supervisor&apos;s microphone in the call (like the &quot;Lock barge-in&quot; button).</extracomment>
        <translation>&amp;Bryt in (låst)</translation>
    </message>
    <message>
        <source>Keep your microphone in the call without holding the button (Ctrl+B)</source>
        <translation>Behåll din mikrofon i samtalet utan att hålla ned knappen (Ctrl+B)</translation>
    </message>
</context>
<context>
    <name>calldeck::NotesEditor</name>
    <message>
        <source>Notes for this milestone (saved automatically)</source>
        <translation>Anteckningar för den här milstolpen (sparas automatiskt)</translation>
    </message>
    <message>
        <source>Privacy mode hides the notes</source>
        <translation>Integritetsläget döljer anteckningarna</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Sparat %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Inte sparat: %1</translation>
    </message>
    <message>
        <source>Notes are limited to %1 characters</source>
        <translation>Anteckningar får vara högst %1 tecken</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
</context>
<context>
    <name>calldeck::NotificationComposer</name>
    <message>
        <source>appointment %1</source>
        <translation>bokad tid %1</translation>
    </message>
    <message>
        <source>Call completed: %1</source>
        <translation>Samtal slutfört: %1</translation>
    </message>
    <message>
        <source>Call completed: %1 — %2</source>
        <translation>Samtal slutfört: %1 — %2</translation>
    </message>
    <message>
        <source>Follow-up needed: %1</source>
        <translation>Uppföljning krävs: %1</translation>
    </message>
    <message>
        <source>Call failed: %1</source>
        <translation>Samtal misslyckades: %1</translation>
    </message>
    <message>
        <source>The assistant needs more information: %1</source>
        <translation>Assistenten behöver mer information: %1</translation>
    </message>
    <message>
        <source>Approval needed: %1 at %2</source>
        <translation>Godkännande krävs: %1 hos %2</translation>
    </message>
</context>
<context>
    <name>calldeck::NotificationListModel</name>
    <message>
        <source>Needs clarification</source>
        <translation>Behöver förtydligande</translation>
    </message>
    <message>
        <source>Approval needed</source>
        <translation>Godkännande krävs</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Slutförd</translation>
    </message>
    <message>
        <source>Needs follow-up</source>
        <translation>Behöver uppföljning</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Misslyckad</translation>
    </message>
</context>
<context>
    <name>calldeck::NotificationRepository</name>
    <message>
        <source>Could not save the notification</source>
        <translation>Det gick inte att spara aviseringen</translation>
    </message>
    <message>
        <source>A notification needs a title.</source>
        <translation>En avisering måste ha en rubrik.</translation>
    </message>
    <message>
        <source>The task %1 does not exist.</source>
        <translation>Uppgiften %1 finns inte.</translation>
    </message>
    <message>
        <source>The call record %1 does not exist.</source>
        <translation>Samtalsposten %1 finns inte.</translation>
    </message>
    <message>
        <source>Could not read the notifications</source>
        <translation>Det gick inte att läsa aviseringarna</translation>
    </message>
    <message>
        <source>Could not read the notification</source>
        <translation>Det gick inte att läsa aviseringen</translation>
    </message>
    <message>
        <source>The notification %1 does not exist.</source>
        <translation>Aviseringen %1 finns inte.</translation>
    </message>
    <message>
        <source>Could not mark the notification as read</source>
        <translation>Det gick inte att markera aviseringen som läst</translation>
    </message>
    <message>
        <source>Could not mark the notifications as read</source>
        <translation>Det gick inte att markera aviseringarna som lästa</translation>
    </message>
    <message>
        <source>Could not count the unread notifications</source>
        <translation>Det gick inte att räkna de olästa aviseringarna</translation>
    </message>
</context>
<context>
    <name>calldeck::NotificationsDock</name>
    <message>
        <source>Notifications</source>
        <translation>Aviseringar</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>Markera alla som lästa</translation>
    </message>
    <message>
        <source>No notifications yet. Finished calls, questions from the assistant and approval requests appear here.</source>
        <translation>Inga aviseringar ännu. Avslutade samtal, frågor från assistenten och begäranden om godkännande visas här.</translation>
    </message>
    <message>
        <source>The call waits for your answer:</source>
        <translation>Samtalet väntar på ditt svar:</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Godkänn</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Avböj</translation>
    </message>
    <message>
        <source>No call is waiting for this answer any more.</source>
        <translation>Inget samtal väntar längre på det här svaret.</translation>
    </message>
    <message>
        <source>Approved; the assistant continues the call.</source>
        <translation>Godkänt; assistenten fortsätter samtalet.</translation>
    </message>
    <message>
        <source>Declined; the assistant tells the other side.</source>
        <translation>Avböjt; assistenten meddelar motparten.</translation>
    </message>
    <message>
        <source>The call ended before your answer arrived.</source>
        <translation>Samtalet avslutades innan ditt svar kom fram.</translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation>Aviseringar (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n oläst</numerusform>
            <numerusform>%n olästa</numerusform>
        </translation>
    </message>
    <message>
        <source>All read</source>
        <translation>Alla lästa</translation>
    </message>
</context>
<context>
    <name>calldeck::ObjectionDialog</name>
    <message>
        <source>Resolved — the prospect is satisfied; the call goes on</source>
        <translation>Löst — prospektet är nöjt; samtalet fortsätter</translation>
    </message>
    <message>
        <source>Deferred — stays open on the prospect for the follow-up call</source>
        <translation>Uppskjuten — förblir öppen på prospektet till uppföljningssamtalet</translation>
    </message>
    <message>
        <source>Disqualified — the prospect is not a fit</source>
        <translation>Diskvalificerad — prospektet passar inte</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Invändning</translation>
    </message>
    <message>
        <source>What is the prospect objecting to?</source>
        <translation>Vad invänder prospektet mot?</translation>
    </message>
    <message>
        <source>What they said, in a few words</source>
        <translation>Vad de sa, med några få ord</translation>
    </message>
    <message>
        <source>&amp;They said:</source>
        <translation>&amp;De sa:</translation>
    </message>
    <message>
        <source>Their answer</source>
        <translation>Deras svar</translation>
    </message>
    <message>
        <source>How did it end?</source>
        <translation>Hur slutade det?</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Tillbaka</translation>
    </message>
    <message>
        <source>&amp;Keep open</source>
        <translation>&amp;Behåll öppen</translation>
    </message>
    <message>
        <source>Close this window; the objection stays open on the panel</source>
        <translation>Stäng fönstret; invändningen förblir öppen på panelen</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nästa</translation>
    </message>
    <message>
        <source>%1 at M%2</source>
        <extracomment>Heading of the objection flow: &quot;Price at M3 — “Worried about the upfront cost”&quot;</extracomment>
        <translation>%1 vid M%2</translation>
    </message>
    <message>
        <source>%1 at M%2 — “%3”</source>
        <translation>%1 vid M%2 — ”%3”</translation>
    </message>
    <message>
        <source>&amp;Start diagnosis</source>
        <translation>&amp;Starta diagnos</translation>
    </message>
    <message>
        <source>Objection: %1</source>
        <translation>Invändning: %1</translation>
    </message>
    <message>
        <source>&amp;Record outcome</source>
        <translation>&amp;Registrera resultat</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <extracomment>Progress in the objection flow: &quot;Question 2 of 3&quot;</extracomment>
        <translation>Fråga %1 av %2</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation>&amp;Nästa fråga</translation>
    </message>
    <message>
        <source>&amp;To the outcome</source>
        <translation>Till &amp;resultatet</translation>
    </message>
    <message>
        <source>Choose the kind of objection first.</source>
        <translation>Välj först typ av invändning.</translation>
    </message>
    <message>
        <source>Choose how the objection ended, or keep it open.</source>
        <translation>Välj hur invändningen slutade, eller behåll den öppen.</translation>
    </message>
</context>
<context>
    <name>calldeck::ObjectionFlow</name>
    <message>
        <source>record an objection</source>
        <translation>registrera en invändning</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an objection type of this script (%2).</source>
        <translation>&quot;%1&quot; är ingen invändningstyp i det här manuset (%2).</translation>
    </message>
    <message>
        <source>The objection note is %1 characters long; at most %2 fit.</source>
        <translation>Anteckningen om invändningen är %1 tecken lång; högst %2 får plats.</translation>
    </message>
    <message>
        <source>The %1 objection is already closed as %2.</source>
        <translation>Invändningen %1 är redan stängd som %2.</translation>
    </message>
    <message>
        <source>The %1 objection has no diagnostic question %2.</source>
        <translation>Invändningen %1 har ingen diagnosfråga %2.</translation>
    </message>
    <message>
        <source>The answer is %1 characters long; at most %2 fit.</source>
        <translation>Svaret är %1 tecken långt; högst %2 får plats.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an outcome the %2 objection allows (%3).</source>
        <translation>&quot;%1&quot; är inget resultat som invändningen %2 tillåter (%3).</translation>
    </message>
</context>
<context>
    <name>calldeck::OfflineAgent</name>
    <message>
        <source>The offline agent left out a sentence with a forbidden phrase (%1).</source>
        <translation>Offlineagenten utelämnade en mening med en förbjuden fras (%1).</translation>
    </message>
    <message>
        <source>(callee spoke for %1 s)</source>
        <translation>(den uppringda talade i %1 s)</translation>
    </message>
    <message>
        <source>The tool %1 failed: %2</source>
        <translation>Verktyget %1 misslyckades: %2</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 avvisades: %2</translation>
    </message>
</context>
<context>
    <name>calldeck::OfflineExtractor</name>
    <message>
        <source>Called %1.</source>
        <translation>Ringde %1.</translation>
    </message>
    <message>
        <source>Called %1 on %2.</source>
        <translation>Ringde %1 den %2.</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Mål: %1</translation>
    </message>
    <message>
        <source>Spoke with %1.</source>
        <translation>Talade med %1.</translation>
    </message>
    <message>
        <source>the callee</source>
        <translation>den uppringda</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 på %2</translation>
    </message>
    <message>
        <source>Call %1 again.</source>
        <translation>Ring %1 igen.</translation>
    </message>
    <message>
        <source>Call %1 again: %2</source>
        <translation>Ring %1 igen: %2</translation>
    </message>
    <message>
        <source>The line was busy.</source>
        <translation>Det var upptaget.</translation>
    </message>
    <message>
        <source>Nobody answered.</source>
        <translation>Ingen svarade.</translation>
    </message>
    <message>
        <source>The call connected but nobody spoke.</source>
        <translation>Samtalet kopplades fram men ingen talade.</translation>
    </message>
    <message>
        <source>The call reached voicemail; no conversation took place.</source>
        <translation>Samtalet gick till röstbrevlådan; inget samtal ägde rum.</translation>
    </message>
    <message>
        <source>The last call reached voicemail.</source>
        <translation>Det senaste samtalet gick till röstbrevlådan.</translation>
    </message>
    <message>
        <source>The call did not go through (%1).</source>
        <translation>Samtalet gick inte fram (%1).</translation>
    </message>
    <message>
        <source>The call did not go through: %1</source>
        <translation>Samtalet gick inte fram: %1</translation>
    </message>
    <message>
        <source>The call ended.</source>
        <translation>Samtalet avslutades.</translation>
    </message>
    <message>
        <source>They asked to be called back: “%1”</source>
        <translation>De bad om att bli uppringda igen: ”%1”</translation>
    </message>
    <message>
        <source>The last call did not reach the goal.</source>
        <translation>Det senaste samtalet nådde inte målet.</translation>
    </message>
    <message>
        <source>The goal was achieved.</source>
        <translation>Målet uppnåddes.</translation>
    </message>
    <message>
        <source>The goal was not reached; the callee declined: “%1”</source>
        <translation>Målet nåddes inte; den uppringda tackade nej: ”%1”</translation>
    </message>
    <message>
        <source>The goal was not reached.</source>
        <translation>Målet nåddes inte.</translation>
    </message>
    <message>
        <source>Chosen option: %1.</source>
        <translation>Valt alternativ: %1.</translation>
    </message>
    <message>
        <source>Instructions: %1</source>
        <translation>Instruktioner: %1</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>Uppföljning: %1</translation>
    </message>
    <message>
        <source>The prospect paused at the decision point.</source>
        <translation>Prospektet tog en paus vid beslutspunkten.</translation>
    </message>
    <message>
        <source>The appointment time was offered on the call but not confirmed as booked.</source>
        <translation>Tiden erbjöds under samtalet men bekräftades inte som bokad.</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>endast %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 till %2</translation>
    </message>
    <message>
        <source>not after %1</source>
        <translation>inte efter %1</translation>
    </message>
    <message>
        <source>not before %1</source>
        <translation>inte före %1</translation>
    </message>
    <message>
        <source>The goal was not reached: the appointment on %1 is outside the days the task allows (%2).</source>
        <translation>Målet nåddes inte: tiden %1 ligger utanför de dagar uppgiften tillåter (%2).</translation>
    </message>
</context>
<context>
    <name>calldeck::OfflinePlan</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 och %2</translation>
    </message>
    <message>
        <source>I&apos;m calling to %1.</source>
        <translation>Jag ringer för att %1.</translation>
    </message>
    <message>
        <source>Could you tell me the %1, please?</source>
        <translation>Kan du ge mig följande uppgifter: %1?</translation>
    </message>
    <message>
        <source>Could you help me with that?</source>
        <translation>Kan du hjälpa mig med det?</translation>
    </message>
    <message>
        <source>Thank you very much for your help. Goodbye!</source>
        <translation>Tack så mycket för hjälpen. Hej då!</translation>
    </message>
    <message>
        <source>I&apos;m afraid I did not catch the details. Is it all right if we follow up later?</source>
        <translation>Tyvärr uppfattade jag inte detaljerna. Går det bra om vi återkommer senare?</translation>
    </message>
    <message>
        <source>Let me confirm. %1. Is that correct?</source>
        <translation>Jag vill bara bekräfta. %1. Stämmer det?</translation>
    </message>
    <message>
        <source>One moment please, I need to check that price with %1.</source>
        <translation>Ett ögonblick, jag behöver stämma av priset med %1.</translation>
    </message>
    <message>
        <source>Thank you for waiting. %1 agrees to %2.</source>
        <translation>Tack för att du väntade. %1 godkänner %2.</translation>
    </message>
    <message>
        <source>Thank you for waiting. I&apos;m sorry, %1 cannot accept %2.</source>
        <translation>Tack för att du väntade. Tyvärr kan %1 inte godta %2.</translation>
    </message>
    <message>
        <source>Thank you for waiting.</source>
        <translation>Tack för att du väntade.</translation>
    </message>
    <message>
        <source>Thank you very much for your time. Goodbye!</source>
        <translation>Tack så mycket för din tid. Hej då!</translation>
    </message>
</context>
<context>
    <name>calldeck::OfflinePlanner</name>
    <message>
        <source>No AI is configured, so CallDeck planned this task offline from the words of your instruction. Check the plan before calling.</source>
        <translation>Ingen AI är konfigurerad, så CallDeck planerade uppgiften offline utifrån orden i din instruktion. Kontrollera planen innan du ringer.</translation>
    </message>
    <message>
        <source>The instruction names several phone numbers; CallDeck will call the first one, %1.</source>
        <translation>Instruktionen nämner flera telefonnummer; CallDeck ringer det första, %1.</translation>
    </message>
    <message>
        <source>the %1</source>
        <translation>mottagaren (%1)</translation>
    </message>
    <message>
        <source>Greet %1 and say on whose behalf you are calling.</source>
        <translation>Presentera dig för %1 och säg på vems uppdrag du ringer.</translation>
    </message>
    <message>
        <source>Explain the request: %1.</source>
        <translation>Förklara ärendet: %1.</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>den %1</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>mellan %1 och %2</translation>
    </message>
    <message>
        <source>no later than %1</source>
        <translation>senast %1</translation>
    </message>
    <message>
        <source>from %1 on</source>
        <translation>från och med %1</translation>
    </message>
    <message>
        <source>What is the earliest available appointment?</source>
        <translation>Vilken är den första lediga tiden?</translation>
    </message>
    <message>
        <source>What is the earliest available appointment %1?</source>
        <translation>Vilken är den första lediga tiden %1?</translation>
    </message>
    <message>
        <source>How much will it cost?</source>
        <translation>Vad kommer det att kosta?</translation>
    </message>
    <message>
        <source>An appointment is booked.</source>
        <translation>En tid är bokad.</translation>
    </message>
    <message>
        <source>An appointment %1 is booked.</source>
        <translation>En tid %1 är bokad.</translation>
    </message>
    <message>
        <source>What is the price, and what does it include?</source>
        <translation>Vad kostar det, och vad ingår?</translation>
    </message>
    <message>
        <source>A price is quoted.</source>
        <translation>Ett pris har angetts.</translation>
    </message>
    <message>
        <source>Can you confirm the cancellation and give me a reference number?</source>
        <translation>Kan du bekräfta avbokningen och ge mig ett referensnummer?</translation>
    </message>
    <message>
        <source>The cancellation is confirmed.</source>
        <translation>Avbokningen är bekräftad.</translation>
    </message>
    <message>
        <source>What are your opening hours?</source>
        <translation>Vilka är era öppettider?</translation>
    </message>
    <message>
        <source>The opening hours are known.</source>
        <translation>Öppettiderna är kända.</translation>
    </message>
    <message>
        <source>The request is answered.</source>
        <translation>Ärendet är besvarat.</translation>
    </message>
    <message>
        <source>Only accept dates %1.</source>
        <translation>Godta endast datum %1.</translation>
    </message>
    <message>
        <source>Only accept times %1.</source>
        <translation>Godta endast tider %1.</translation>
    </message>
    <message>
        <source>Do not agree to more than %1; ask the user first.</source>
        <translation>Godta inte mer än %1; fråga användaren först.</translation>
    </message>
    <message>
        <source>The price is at most %1.</source>
        <translation>Priset är högst %1.</translation>
    </message>
    <message>
        <source>Repeat the details back and ask for a confirmation number.</source>
        <translation>Upprepa uppgifterna och be om ett bekräftelsenummer.</translation>
    </message>
    <message>
        <source>Thank them and end the call politely.</source>
        <translation>Tacka och avsluta samtalet artigt.</translation>
    </message>
    <message>
        <source>Which phone number should be called?</source>
        <translation>Vilket telefonnummer ska ringas?</translation>
    </message>
    <message>
        <source>What should the call achieve?</source>
        <translation>Vad ska samtalet uppnå?</translation>
    </message>
</context>
<context>
    <name>calldeck::OfflineScriptWalk</name>
    <message>
        <source> And </source>
        <translation> Och </translation>
    </message>
    <message>
        <source>Let&apos;s talk about %1.</source>
        <translation>Låt oss prata om %1.</translation>
    </message>
    <message>
        <source>I understand. Can you tell me more about that?</source>
        <translation>Jag förstår. Kan du berätta mer om det?</translation>
    </message>
    <message>
        <source>I understand. %1</source>
        <translation>Jag förstår. %1</translation>
    </message>
    <message>
        <source>Thank you.</source>
        <translation>Tack.</translation>
    </message>
    <message>
        <source>Thank you. Noted: %1.</source>
        <translation>Tack. Noterat: %1.</translation>
    </message>
    <message>
        <source>Sorry, I need to be sure I got that right.</source>
        <translation>Ursäkta, jag vill vara säker på att jag har uppfattat det rätt.</translation>
    </message>
    <message>
        <source>Sales script %1: reached M%2 %3 (%4 milestone(s) completed on this call).</source>
        <translation>Säljmanus %1: nådde M%2 %3 (slutförda milstolpar under det här samtalet: %4).</translation>
    </message>
    <message>
        <source>Sales script %1: no milestone was completed on this call.</source>
        <translation>Säljmanus %1: ingen milstolpe slutfördes under det här samtalet.</translation>
    </message>
    <message>
        <source>No decision yet.</source>
        <translation>Inget beslut ännu.</translation>
    </message>
    <message>
        <source>Decision: %1.</source>
        <translation>Beslut: %1.</translation>
    </message>
    <message>
        <source>%1 (open)</source>
        <translation>%1 (öppen)</translation>
    </message>
    <message>
        <source>Objections: %1.</source>
        <translation>Invändningar: %1.</translation>
    </message>
    <message>
        <source>Stopped at M%1: %2</source>
        <translation>Stoppade vid M%1: %2</translation>
    </message>
</context>
<context>
    <name>calldeck::OverviewPage</name>
    <message>
        <source>CallDeck</source>
        <translation>CallDeck</translation>
    </message>
    <message>
        <source>An operator console for phone calls placed by you or your AI assistant.</source>
        <translation>En operatörskonsol för telefonsamtal som rings av dig eller din AI-assistent.</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Telephony provider:</source>
        <translation>Telefonileverantör:</translation>
    </message>
    <message>
        <source>Public URL:</source>
        <translation>Publik URL:</translation>
    </message>
    <message>
        <source>AI provider:</source>
        <translation>AI-leverantör:</translation>
    </message>
    <message>
        <source>Data directory:</source>
        <translation>Datakatalog:</translation>
    </message>
    <message>
        <source>Keychain:</source>
        <extracomment>The operating system&apos;s password store (Secret Service, Keychain, Credential Manager).</extracomment>
        <translation>Nyckelring:</translation>
    </message>
    <message>
        <source>Open settings…</source>
        <translation>Öppna inställningar…</translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation>Lägg till kontakt…</translation>
    </message>
    <message>
        <source>Import contacts…</source>
        <translation>Importera kontakter…</translation>
    </message>
    <message>
        <source>None — calls through Twilio need a public HTTPS URL</source>
        <translation>Ingen — samtal via Twilio kräver en publik HTTPS-URL</translation>
    </message>
    <message>
        <source>Calls go out through your Twilio account.</source>
        <translation>Samtal rings via ditt Twilio-konto.</translation>
    </message>
    <message>
        <source>Calls use the built-in sandbox line until you enter a Twilio account SID and auth token in Settings › Telephony.</source>
        <translation>Samtal går till den inbyggda sandlådelinjen tills du anger ett SID och en autentiseringstoken för ditt Twilio-konto under Inställningar › Telefoni.</translation>
    </message>
</context>
<context>
    <name>calldeck::PhoneNumberEdit</name>
    <message>
        <source>e.g. +1 415 555 0123</source>
        <extracomment>Placeholder in phone number fields.</extracomment>
        <translation>t.ex. +46 70 123 45 67</translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation>Ange ett telefonnummer.</translation>
    </message>
    <message>
        <source>Letters are dialled as keypad digits: %1 → %2</source>
        <extracomment>%1 the letters typed in a phone number field, %2 the keypad digits they became.</extracomment>
        <translation>Bokstäver rings som knappsatssiffror: %1 → %2</translation>
    </message>
</context>
<context>
    <name>calldeck::PhoneNumbers</name>
    <message>
        <source>unknown country calling code</source>
        <translation>okänd landsnummerkod</translation>
    </message>
    <message>
        <source>no country calling code; write it in international form (+...)</source>
        <translation>landsnummerkod saknas; skriv numret i internationellt format (+...)</translation>
    </message>
    <message>
        <source>no country calling code and &quot;%1&quot; is not a known region; write it in international form (+...)</source>
        <translation>landsnummerkod saknas och &quot;%1&quot; är ingen känd region; skriv numret i internationellt format (+...)</translation>
    </message>
    <message>
        <source>not a phone number</source>
        <translation>inte ett telefonnummer</translation>
    </message>
    <message>
        <source>too short after the international prefix</source>
        <translation>för kort efter det internationella prefixet</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>för kort</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>för långt</translation>
    </message>
    <message>
        <source>too short for %1</source>
        <translation>för kort för %1</translation>
    </message>
    <message>
        <source>too long for %1</source>
        <translation>för långt för %1</translation>
    </message>
    <message>
        <source>wrong number of digits for %1</source>
        <translation>fel antal siffror för %1</translation>
    </message>
    <message>
        <source>a local number without area code; not a valid number for %1</source>
        <translation>ett lokalt nummer utan riktnummer; inte ett giltigt nummer för %1</translation>
    </message>
    <message>
        <source>not a valid number for %1</source>
        <translation>inte ett giltigt nummer för %1</translation>
    </message>
    <message>
        <source>phone number is empty</source>
        <translation>telefonnumret är tomt</translation>
    </message>
</context>
<context>
    <name>calldeck::PhoneZones</name>
    <message>
        <source>Line %1 of the time-zone table is not &quot;prefix&lt;TAB&gt;zones…&quot;.</source>
        <translation>Rad %1 i tidszonstabellen har inte formen &quot;prefix&lt;TAB&gt;zoner…&quot;.</translation>
    </message>
    <message>
        <source>The time-zone table is empty.</source>
        <translation>Tidszonstabellen är tom.</translation>
    </message>
    <message>
        <source>The shipped time-zone table is missing from this build.</source>
        <translation>Den medföljande tidszonstabellen saknas i den här versionen.</translation>
    </message>
</context>
<context>
    <name>calldeck::PlaceCallBar</name>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Ring</translation>
    </message>
    <message>
        <source>Number to call</source>
        <translation>Nummer att ringa</translation>
    </message>
    <message>
        <source>Which line carries the call</source>
        <translation>Vilken linje samtalet går via</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandlåda</translation>
    </message>
    <message>
        <source>Twilio</source>
        <translation>Twilio</translation>
    </message>
    <message>
        <source>Who answers on the sandbox line; choosing one fills in their number</source>
        <translation>Vem som svarar på sandlådelinjen; när du väljer en fylls numret i</translation>
    </message>
    <message>
        <source>Persona of the number</source>
        <translation>Numrets persona</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Tooltip of a sandbox persona; %1 its number, %2 how it answers (answer, busy, no-answer …).</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Set the Twilio account, number and auth token in Settings first</source>
        <translation>Ange först Twilio-konto, nummer och autentiseringstoken i Inställningar</translation>
    </message>
    <message>
        <source>Calling…</source>
        <translation>Ringer…</translation>
    </message>
    <message>
        <source>Goal for the AI agent, e.g. get the earliest cleaning appointment this week</source>
        <translation>Mål för AI-agenten, t.ex. boka tidigast möjliga tid för tandrengöring den här veckan</translation>
    </message>
    <message>
        <source>Place the call</source>
        <translation>Ring samtalet</translation>
    </message>
</context>
<context>
    <name>calldeck::PlanAnswers</name>
    <message>
        <source>&quot;%1&quot; is not a phone number CallDeck can call: %2</source>
        <translation>&quot;%1&quot; är inget telefonnummer som CallDeck kan ringa: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of dollars (write it like 150 or $150.00).</source>
        <translation>&quot;%1&quot; är inget belopp i dollar (skriv det som 150 eller $150.00).</translation>
    </message>
</context>
<context>
    <name>calldeck::PlanParser</name>
    <message>
        <source>The AI&apos;s answer contains no JSON plan.</source>
        <translation>AI:ns svar innehåller ingen JSON-plan.</translation>
    </message>
    <message>
        <source>The AI&apos;s plan is not valid JSON (%1).</source>
        <translation>AI:ns plan är inte giltig JSON (%1).</translation>
    </message>
    <message>
        <source>The AI&apos;s plan does not fit: %1</source>
        <translation>AI:ns plan passar inte: %1</translation>
    </message>
    <message>
        <source>The AI&apos;s plan has no goal.</source>
        <translation>AI:ns plan saknar mål.</translation>
    </message>
</context>
<context>
    <name>calldeck::PlanView</name>
    <message>
        <source>Not before %1</source>
        <translation>Inte före %1</translation>
    </message>
    <message>
        <source>Not after %1</source>
        <translation>Inte efter %1</translation>
    </message>
    <message>
        <source>Between %1 and %2</source>
        <translation>Mellan %1 och %2</translation>
    </message>
    <message>
        <source>Task #%1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Uppgift nr %1: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Frågor att ställa</translation>
    </message>
    <message>
        <source>Information to obtain</source>
        <translation>Information att ta reda på</translation>
    </message>
    <message>
        <source>Success when</source>
        <translation>Lyckat när</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Begränsningar</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Önskemål</translation>
    </message>
    <message>
        <source>Maximum price</source>
        <translation>Högsta pris</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Ingen gräns</translation>
    </message>
    <message>
        <source>Missing information</source>
        <translation>Information som saknas</translation>
    </message>
</context>
<context>
    <name>calldeck::PostCallProcessor</name>
    <message>
        <source>Could not save the call&apos;s summary and extracted data</source>
        <translation>Det gick inte att spara samtalets sammanfattning och extraherade data</translation>
    </message>
</context>
<context>
    <name>calldeck::PostCallRepository</name>
    <message>
        <source>The call record %1 does not exist.</source>
        <translation>Samtalsposten %1 finns inte.</translation>
    </message>
    <message>
        <source>Could not read the call for post-call processing</source>
        <translation>Det gick inte att läsa samtalet för efterbehandling</translation>
    </message>
    <message>
        <source>An extracted value needs a key and a type (string, number, datetime, boolean or json).</source>
        <translation>Ett extraherat värde måste ha en nyckel och en typ (string, number, datetime, boolean eller json).</translation>
    </message>
    <message>
        <source>Could not save the call&apos;s summary and extracted data</source>
        <translation>Det gick inte att spara samtalets sammanfattning och extraherade data</translation>
    </message>
    <message>
        <source>Could not save the call&apos;s outcome</source>
        <translation>Det gick inte att spara samtalets resultat</translation>
    </message>
    <message>
        <source>Could not read the call&apos;s outcome</source>
        <translation>Det gick inte att läsa samtalets resultat</translation>
    </message>
    <message>
        <source>Could not read the call&apos;s extracted data</source>
        <translation>Det gick inte att läsa samtalets extraherade data</translation>
    </message>
</context>
<context>
    <name>calldeck::PreCallChecklist</name>
    <message>
        <source>The prospect has %1 clients; the qualification gate needs at least %2.</source>
        <translation>Prospektet har %1 kunder; kvalificeringsspärren kräver minst %2.</translation>
    </message>
    <message>
        <source>The prospect&apos;s client count is unknown; the qualification gate needs at least %1.</source>
        <translation>Prospektets antal kunder är okänt; kvalificeringsspärren kräver minst %1.</translation>
    </message>
    <message>
        <source>Required checklist items not checked: %1.</source>
        <translation>Obligatoriska punkter i checklistan är inte avbockade: %1.</translation>
    </message>
    <message>
        <source>Overridden (%1): %2</source>
        <translation>Åsidosatt (%1): %2</translation>
    </message>
    <message>
        <source>Strict mode does not allow starting the call.</source>
        <translation>Strikt läge tillåter inte att samtalet startas.</translation>
    </message>
    <message>
        <source>Give an override reason to start the call anyway.</source>
        <translation>Ange ett skäl för åsidosättning för att ändå starta samtalet.</translation>
    </message>
</context>
<context>
    <name>calldeck::PreCallChecklistView</name>
    <message>
        <source>Pre-call checklist</source>
        <translation>Checklista före samtalet</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* obligatorisk</translation>
    </message>
    <message>
        <source>  — gate</source>
        <translation>  — spärr</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (valfri)</translation>
    </message>
    <message>
        <source>Required before the call</source>
        <translation>Krävs före samtalet</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Valfritt</translation>
    </message>
</context>
<context>
    <name>calldeck::PriceTable</name>
    <message>
        <source>&quot;%1&quot; is not an amount in dollars (write it like 0.014, at most 9 decimals, no sign or currency symbol).</source>
        <translation>&quot;%1&quot; är inget belopp i dollar (skriv det som 0.014, med högst 9 decimaler, utan förtecken eller valutasymbol).</translation>
    </message>
    <message>
        <source>The price file %1 is not valid JSON (%2 at character %3). The built-in prices stay in force.</source>
        <translation>Prisfilen %1 är inte giltig JSON (%2 vid tecken %3). De inbyggda priserna gäller fortfarande.</translation>
    </message>
    <message>
        <source>The price file %1 has an invalid date &quot;%2&quot; (write it as YYYY-MM-DD).</source>
        <translation>Prisfilen %1 har ett ogiltigt datum &quot;%2&quot; (skriv det som ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>The price file %1 has no &quot;prices&quot; object.</source>
        <translation>Prisfilen %1 saknar objektet &quot;prices&quot;.</translation>
    </message>
    <message>
        <source>The price file %1: %2</source>
        <translation>Prisfilen %1: %2</translation>
    </message>
    <message>
        <source>A price needs a name.</source>
        <translation>Ett pris måste ha ett namn.</translation>
    </message>
    <message>
        <source>The price &quot;%1&quot; has the unit &quot;%2&quot;; use minute, token, character or second.</source>
        <translation>Priset &quot;%1&quot; har enheten &quot;%2&quot;; använd minute, token, character eller second.</translation>
    </message>
    <message>
        <source>The price &quot;%1&quot;: %2</source>
        <translation>Priset &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The price file %1 cannot be read (%2). The built-in prices stay in force.</source>
        <translation>Prisfilen %1 kan inte läsas (%2). De inbyggda priserna gäller fortfarande.</translation>
    </message>
    <message>
        <source>The price file %1 cannot be written (%2).</source>
        <translation>Prisfilen %1 kan inte skrivas (%2).</translation>
    </message>
</context>
<context>
    <name>calldeck::ProfilePage</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Region list entry: %1 country name, %2 ISO code, e.g. &quot;Sweden (SE)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Friendly</source>
        <translation>Vänlig</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>Bestämd</translation>
    </message>
    <message>
        <source>Assertive</source>
        <translation>Självsäker</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Fullständigt &amp;namn:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adress:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>T&amp;idszon:</translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <extracomment>Region used to read phone numbers typed without a country code.</extracomment>
        <translation>Standard&amp;region:</translation>
    </message>
    <message>
        <source>Default t&amp;one:</source>
        <extracomment>The tone of voice the assistant uses on calls.</extracomment>
        <translation>Standardt&amp;on:</translation>
    </message>
    <message>
        <source>The assistant may use these details to answer questions on your behalf.</source>
        <translation>Assistenten får använda de här uppgifterna för att svara på frågor för din räkning.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Could not load your profile: %1</source>
        <translation>Det gick inte att läsa in din profil: %1</translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation>Det här ser inte ut som en e-postadress.</translation>
    </message>
    <message>
        <source>Pick a time zone from the list, e.g. Europe/Stockholm.</source>
        <translation>Välj en tidszon i listan, t.ex. Europe/Stockholm.</translation>
    </message>
    <message>
        <source>Could not save your profile: %1</source>
        <translation>Det gick inte att spara din profil: %1</translation>
    </message>
</context>
<context>
    <name>calldeck::ProfileRepository</name>
    <message>
        <source>The name is too long (at most %1 characters).</source>
        <translation>Namnet är för långt (högst %1 tecken).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number in international form (like +14155550123).</source>
        <translation>&quot;%1&quot; är inte ett telefonnummer i internationellt format (som +14155550123).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; är inte en e-postadress.</translation>
    </message>
    <message>
        <source>The address is too long (at most %1 characters).</source>
        <translation>Adressen är för lång (högst %1 tecken).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone (use a name like Europe/Stockholm).</source>
        <translation>&quot;%1&quot; är ingen känd tidszon (använd ett namn som Europe/Stockholm).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region code (two capital letters, like US or SE).</source>
        <translation>&quot;%1&quot; är ingen regionkod (två versaler, som US eller SE).</translation>
    </message>
    <message>
        <source>Amounts cannot be negative.</source>
        <translation>Belopp kan inte vara negativa.</translation>
    </message>
    <message>
        <source>The amount that needs approval cannot be lower than the amount approved automatically.</source>
        <translation>Beloppet som kräver godkännande kan inte vara lägre än beloppet som godkänns automatiskt.</translation>
    </message>
    <message>
        <source>Retries must be between 0 and %1.</source>
        <translation>Antalet nya försök måste vara mellan 0 och %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a personal field the assistant knows (known: %2).</source>
        <translation>&quot;%1&quot; är inte en personuppgift som assistenten känner till (kända: %2).</translation>
    </message>
    <message>
        <source>A forbidden phrase is too long (at most %1 characters).</source>
        <translation>En förbjuden fras är för lång (högst %1 tecken).</translation>
    </message>
    <message>
        <source>Could not read your profile</source>
        <translation>Det gick inte att läsa din profil</translation>
    </message>
    <message>
        <source>The database has no local user; it may be damaged.</source>
        <translation>Databasen har ingen lokal användare; den kan vara skadad.</translation>
    </message>
    <message>
        <source>Could not save your profile</source>
        <translation>Det gick inte att spara din profil</translation>
    </message>
    <message>
        <source>Could not read the assistant settings</source>
        <translation>Det gick inte att läsa assistentinställningarna</translation>
    </message>
    <message>
        <source>The database has no assistant settings; it may be damaged.</source>
        <translation>Databasen saknar assistentinställningar; den kan vara skadad.</translation>
    </message>
    <message>
        <source>Could not save the assistant settings</source>
        <translation>Det gick inte att spara assistentinställningarna</translation>
    </message>
</context>
<context>
    <name>calldeck::PromptBuilder</name>
    <message>
        <source>my client</source>
        <translation>min klient</translation>
    </message>
    <message>
        <source>Hello, this is an AI assistant calling on behalf of %1.</source>
        <translation>Hej, det här är en AI-assistent som ringer på uppdrag av %1.</translation>
    </message>
    <message>
        <source>Hello, this is an AI assistant calling on behalf of %1 from %2.</source>
        <translation>Hej, det här är en AI-assistent som ringer på uppdrag av %1 från %2.</translation>
    </message>
    <message>
        <source>This call is being recorded.</source>
        <translation>Samtalet spelas in.</translation>
    </message>
</context>
<context>
    <name>calldeck::ProspectProfileForm</name>
    <message>
        <source>Privacy mode hides this value</source>
        <translation>Integritetsläget döljer det här värdet</translation>
    </message>
    <message>
        <source>e.g. coaching practice</source>
        <translation>t.ex. coachningsverksamhet</translation>
    </message>
    <message>
        <source>e.g. $250k–$500k</source>
        <translation>t.ex. 250 000–500 000 USD</translation>
    </message>
    <message>
        <source>what hurts most today</source>
        <translation>vad som är mest problematiskt i dag</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>valfritt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>okänt</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>&amp;Clients:</source>
        <translation>&amp;Kunder:</translation>
    </message>
    <message>
        <source>&amp;Business type:</source>
        <translation>&amp;Verksamhetstyp:</translation>
    </message>
    <message>
        <source>&amp;Revenue range:</source>
        <translation>&amp;Omsättningsintervall:</translation>
    </message>
    <message>
        <source>Main &amp;pain:</source>
        <translation>Största &amp;problem:</translation>
    </message>
    <message>
        <source>&amp;Tool stack:</source>
        <translation>Verk&amp;tyg:</translation>
    </message>
</context>
<context>
    <name>calldeck::ProspectRepository</name>
    <message>
        <source>Could not read the prospect</source>
        <translation>Det gick inte att läsa prospektet</translation>
    </message>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>Det finns ingen kontakt med id %1.</translation>
    </message>
    <message>
        <source>The client count cannot be negative.</source>
        <translation>Antalet kunder kan inte vara negativt.</translation>
    </message>
    <message>
        <source>business type</source>
        <translation>verksamhetstyp</translation>
    </message>
    <message>
        <source>revenue range</source>
        <translation>omsättningsintervall</translation>
    </message>
    <message>
        <source>main pain</source>
        <translation>största problem</translation>
    </message>
    <message>
        <source>tool stack</source>
        <translation>verktyg</translation>
    </message>
    <message>
        <source>The %1 is too long (at most %2 characters).</source>
        <translation>Fältet %1 är för långt (högst %2 tecken).</translation>
    </message>
    <message>
        <source>Could not list the prospects</source>
        <translation>Det gick inte att lista prospekten</translation>
    </message>
    <message>
        <source>Could not save the prospect</source>
        <translation>Det gick inte att spara prospektet</translation>
    </message>
</context>
<context>
    <name>calldeck::QtAudioInput</name>
    <message>
        <source>No microphone was found. Connect one or choose another input in Settings.</source>
        <translation>Ingen mikrofon hittades. Anslut en eller välj en annan ingång i Inställningar.</translation>
    </message>
    <message>
        <source>The microphone &quot;%1&quot; could not be opened.</source>
        <translation>Det gick inte att öppna mikrofonen &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The microphone was disconnected and no other microphone is available.</source>
        <translation>Mikrofonen kopplades från och ingen annan mikrofon är tillgänglig.</translation>
    </message>
    <message>
        <source>The microphone &quot;%1&quot; keeps failing. Check the connection or choose another input.</source>
        <translation>Mikrofonen &quot;%1&quot; slutar fungera gång på gång. Kontrollera anslutningen eller välj en annan ingång.</translation>
    </message>
</context>
<context>
    <name>calldeck::QtAudioOutput</name>
    <message>
        <source>No speaker or headset was found. Connect one or choose another output in Settings.</source>
        <translation>Ingen högtalare eller headset hittades. Anslut en eller välj en annan utgång i Inställningar.</translation>
    </message>
    <message>
        <source>The speaker &quot;%1&quot; could not be opened.</source>
        <translation>Det gick inte att öppna högtalaren &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The speaker was disconnected and no other speaker is available.</source>
        <translation>Högtalaren kopplades från och ingen annan högtalare är tillgänglig.</translation>
    </message>
    <message>
        <source>The speaker &quot;%1&quot; keeps failing. Check the connection or choose another output.</source>
        <translation>Högtalaren &quot;%1&quot; slutar fungera gång på gång. Kontrollera anslutningen eller välj en annan utgång.</translation>
    </message>
</context>
<context>
    <name>calldeck::QueueScheduler</name>
    <message>
        <source>The line was busy.</source>
        <translation>Det var upptaget.</translation>
    </message>
    <message>
        <source>Nobody answered.</source>
        <translation>Ingen svarade.</translation>
    </message>
    <message>
        <source>The call was hung up.</source>
        <translation>Samtalet lades på.</translation>
    </message>
    <message>
        <source>CallDeck stopped while the call was in progress.</source>
        <translation>CallDeck stoppades medan samtalet pågick.</translation>
    </message>
    <message>
        <source>The call was completed.</source>
        <translation>Samtalet slutfördes.</translation>
    </message>
    <message>
        <source>The call failed.</source>
        <translation>Samtalet misslyckades.</translation>
    </message>
    <message>
        <source>Could not start the task&apos;s call</source>
        <translation>Det gick inte att starta uppgiftens samtal</translation>
    </message>
    <message>
        <source>%1 No retries left (%2 of %3 used).</source>
        <translation>%1 Inga nya försök återstår (%2 av %3 har använts).</translation>
    </message>
    <message>
        <source>%1 Retry %2 of %3 at %4.</source>
        <extracomment>%1 why the call failed, %2 retry number, %3 how many retries are allowed, %4 local date and time.</extracomment>
        <translation>%1 Nytt försök %2 av %3 görs %4.</translation>
    </message>
    <message>
        <source>Could not schedule the retry</source>
        <translation>Det gick inte att schemalägga det nya försöket</translation>
    </message>
    <message>
        <source>Could not recover the call queue</source>
        <translation>Det gick inte att återställa samtalskön</translation>
    </message>
    <message>
        <source>Could not reschedule the task</source>
        <translation>Det gick inte att schemalägga om uppgiften</translation>
    </message>
    <message>
        <source>Could not update the task</source>
        <translation>Det gick inte att uppdatera uppgiften</translation>
    </message>
    <message>
        <source>Task %1 is %2; only a task that is ready to call can be called now.</source>
        <translation>Uppgift %1 är %2; bara en uppgift som är redo att ringas kan ringas nu.</translation>
    </message>
    <message>
        <source>Outside the callee&apos;s calling hours; rescheduled to the next opening. %1</source>
        <extracomment>%1 the calling-hours refusal naming the callee&apos;s local time and the rule</extracomment>
        <translation>Utanför mottagarens samtalstider; flyttad till nästa tillåtna tid. %1</translation>
    </message>
</context>
<context>
    <name>calldeck::RateLimiter</name>
    <message>
        <source>Could not count recent calls</source>
        <translation>Det gick inte att räkna de senaste samtalen</translation>
    </message>
    <message>
        <source>The rate limit check needs a valid time.</source>
        <translation>Kontrollen av samtalsgränsen kräver en giltig tid.</translation>
    </message>
    <message>
        <source>Manual calls are switched off: their limit in the settings is 0.</source>
        <translation>Manuella samtal är avstängda: deras gräns i inställningarna är 0.</translation>
    </message>
    <message>
        <source>Automated calls are switched off: their limit in the settings is 0.</source>
        <translation>Automatiska samtal är avstängda: deras gräns i inställningarna är 0.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a call type (expected manual, automated or batch_upload).</source>
        <translation>&quot;%1&quot; är ingen samtalstyp (förväntade manual, automated eller batch_upload).</translation>
    </message>
    <message>
        <source>Could not read the task</source>
        <translation>Det gick inte att läsa uppgiften</translation>
    </message>
    <message>
        <source>Task %1 does not exist.</source>
        <translation>Uppgiften %1 finns inte.</translation>
    </message>
    <message>
        <source>Manual call limit reached: %1 per hour.</source>
        <translation>Gränsen för manuella samtal har nåtts: %1 per timme.</translation>
    </message>
    <message>
        <source>Manual call limit reached: %1 per 24 hours.</source>
        <translation>Gränsen för manuella samtal har nåtts: %1 per 24 timmar.</translation>
    </message>
    <message>
        <source>Automated call limit reached: %1 per hour.</source>
        <translation>Gränsen för automatiska samtal har nåtts: %1 per timme.</translation>
    </message>
    <message>
        <source>Automated call limit reached: %1 per 24 hours.</source>
        <translation>Gränsen för automatiska samtal har nåtts: %1 per 24 timmar.</translation>
    </message>
    <message>
        <source>The next call is allowed at %1 (in %2 min).</source>
        <translation>Nästa samtal kan ringas tidigast %1 (om %2 min).</translation>
    </message>
</context>
<context>
    <name>calldeck::RealtimeAgent</name>
    <message>
        <source>The AI base URL &quot;%1&quot; is not an http(s) address.</source>
        <translation>Bas-URL:en &quot;%1&quot; för AI är inte en http(s)-adress.</translation>
    </message>
    <message>
        <source>No OpenAI API key is set, so the Realtime agent cannot connect.</source>
        <translation>Ingen API-nyckel för OpenAI har angetts, så Realtime-agenten kan inte ansluta.</translation>
    </message>
    <message>
        <source>The Realtime server refused the connection (%1).</source>
        <translation>Realtime-servern nekade anslutningen (%1).</translation>
    </message>
    <message numerus="yes">
        <source>The connection to the AI was lost and could not be restored after %n attempt(s).</source>
        <translation>
            <numerusform>Anslutningen till AI:n bröts och kunde inte återställas efter %n försök.</numerusform>
            <numerusform>Anslutningen till AI:n bröts och kunde inte återställas efter %n försök.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation item(s) replayed</source>
        <translation>
            <numerusform>%n konversationsobjekt skickades på nytt</numerusform>
            <numerusform>%n konversationsobjekt skickades på nytt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cut at %2 ms</source>
        <translation>%1 avbröts vid %2 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n tool call(s) of a %1 response not run</source>
        <translation>
            <numerusform>%n verktygsanrop i ett svar med status %1 kördes inte</numerusform>
            <numerusform>%n verktygsanrop i ett svar med status %1 kördes inte</numerusform>
        </translation>
    </message>
    <message>
        <source>the arguments are not a JSON object</source>
        <translation>argumenten är inte ett JSON-objekt</translation>
    </message>
    <message>
        <source>The Realtime server refused to go on: %1</source>
        <translation>Realtime-servern vägrade att fortsätta: %1</translation>
    </message>
    <message>
        <source>The AI provider is rate limiting this call; it goes on (%1).</source>
        <translation>AI-leverantören begränsar hastigheten för det här samtalet; samtalet fortsätter (%1).</translation>
    </message>
    <message>
        <source>The AI reported a problem: %1</source>
        <translation>AI:n rapporterade ett problem: %1</translation>
    </message>
</context>
<context>
    <name>calldeck::RealtimeClient</name>
    <message>
        <source>The Realtime server sent a binary frame; it was ignored.</source>
        <translation>Realtime-servern skickade en binär ram; den ignorerades.</translation>
    </message>
    <message>
        <source>The Realtime server sent an unreadable event; it was ignored (%1).</source>
        <translation>Realtime-servern skickade en oläsbar händelse; den ignorerades (%1).</translation>
    </message>
    <message>
        <source>no event type</source>
        <translation>ingen händelsetyp</translation>
    </message>
</context>
<context>
    <name>calldeck::ReasonDialog</name>
    <message>
        <source>Reason (logged with your name and the time)</source>
        <translation>Skäl (loggas med ditt namn och tidpunkten)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Skäl:</translation>
    </message>
    <message>
        <source>&amp;Move to:</source>
        <translation>&amp;Flytta till:</translation>
    </message>
    <message>
        <source>M%1 %2</source>
        <translation>M%1 %2</translation>
    </message>
</context>
<context>
    <name>calldeck::RunActivityView</name>
    <message>
        <source>Double-click or press Enter to continue an objection</source>
        <translation>Dubbelklicka eller tryck på Enter för att fortsätta med en invändning</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <source>Open objections:</source>
        <translation>Öppna invändningar:</translation>
    </message>
    <message>
        <source>Skips and overrides:</source>
        <translation>Överhoppningar och åsidosättningar:</translation>
    </message>
    <message>
        <source>skipped%1</source>
        <translation>hoppade över%1</translation>
    </message>
    <message>
        <source>went back to%1</source>
        <translation>gick tillbaka till%1</translation>
    </message>
    <message>
        <source>jumped to%1</source>
        <translation>hoppade till%1</translation>
    </message>
    <message>
        <source>override to%1</source>
        <translation>åsidosättning till%1</translation>
    </message>
    <message>
        <source>gate overridden</source>
        <translation>spärren åsidosattes</translation>
    </message>
    <message>
        <source>checklist overridden</source>
        <translation>checklistan åsidosattes</translation>
    </message>
    <message>
        <source>resumed at%1</source>
        <translation>återupptogs vid%1</translation>
    </message>
    <message>
        <source>run started</source>
        <translation>genomgången startade</translation>
    </message>
    <message>
        <source>completed%1</source>
        <translation>slutförde%1</translation>
    </message>
    <message>
        <source>run completed</source>
        <translation>genomgången slutfördes</translation>
    </message>
    <message>
        <source>run cancelled</source>
        <translation>genomgången avbröts</translation>
    </message>
    <message>
        <source>open</source>
        <translation>öppen</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>uppskjuten</translation>
    </message>
    <message>
        <source>%1 — %2 at M%3</source>
        <extracomment>An open objection on the panel: &quot;Price — open at M3: too expensive right now&quot;</extracomment>
        <translation>%1 — %2 vid M%3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
</context>
<context>
    <name>calldeck::SandboxLine</name>
    <message>
        <source>The requested resource was not found</source>
        <translation>Den begärda resursen hittades inte</translation>
    </message>
    <message>
        <source>The sandbox line could not listen on 127.0.0.1.</source>
        <translation>Sandlådelinjen kunde inte lyssna på 127.0.0.1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number in international format (+14155550123).</source>
        <translation>&quot;%1&quot; är inte ett telefonnummer i internationellt format (+14155550123).</translation>
    </message>
    <message>
        <source>Authenticate</source>
        <translation>Autentisering krävs</translation>
    </message>
    <message>
        <source>The requested resource %1 was not found</source>
        <translation>Den begärda resursen %1 hittades inte</translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation>Metoden är inte tillåten</translation>
    </message>
    <message>
        <source>No &apos;To&apos; number is specified</source>
        <translation>Inget &apos;To&apos;-nummer har angetts</translation>
    </message>
    <message>
        <source>The &apos;To&apos; number %1 is not a valid phone number.</source>
        <translation>&apos;To&apos;-numret %1 är inte ett giltigt telefonnummer.</translation>
    </message>
    <message>
        <source>Phone number %1 does not appear to be valid</source>
        <translation>Telefonnumret %1 verkar inte vara giltigt</translation>
    </message>
    <message>
        <source>&apos;To&apos; phone number %1 cannot be reached</source>
        <translation>&apos;To&apos;-telefonnumret %1 kan inte nås</translation>
    </message>
    <message>
        <source>Account not authorized to call %1.</source>
        <translation>Kontot har inte behörighet att ringa %1.</translation>
    </message>
    <message>
        <source>Call blocked by Twilio blocklist</source>
        <translation>Samtalet blockerades av Twilios spärrlista</translation>
    </message>
    <message>
        <source>A &apos;From&apos; phone number is required.</source>
        <translation>Ett &apos;From&apos;-telefonnummer krävs.</translation>
    </message>
    <message>
        <source>The source phone number provided, %1, is not yet verified for your account. On the sandbox line use %2.</source>
        <translation>Det angivna avsändarnumret, %1, är ännu inte verifierat för ditt konto. På sandlådelinjen använder du %2.</translation>
    </message>
    <message>
        <source>Url parameter is required.</source>
        <translation>Parametern Url krävs.</translation>
    </message>
    <message>
        <source>The sandbox line runs inline Twiml only; it does not fetch Url.</source>
        <translation>Sandlådelinjen kör endast inbäddad Twiml; den hämtar inte Url.</translation>
    </message>
    <message>
        <source>The Twiml parameter is longer than %1 characters.</source>
        <translation>Parametern Twiml är längre än %1 tecken.</translation>
    </message>
    <message>
        <source>Invalid Status: %1</source>
        <translation>Ogiltig Status: %1</translation>
    </message>
    <message>
        <source>The sandbox line cannot speak: espeak-ng could not load its voice data (%1). Install the espeak-ng-data package.</source>
        <translation>Sandlådelinjen kan inte tala: espeak-ng kunde inte läsa in sina röstdata (%1). Installera paketet espeak-ng-data.</translation>
    </message>
    <message>
        <source>The sandbox line cannot speak: espeak-ng output failed (%1).</source>
        <translation>Sandlådelinjen kan inte tala: utdata från espeak-ng misslyckades (%1).</translation>
    </message>
    <message>
        <source>The sandbox voice &quot;%1&quot; is not available in espeak-ng (%2).</source>
        <translation>Sandlådans röst &quot;%1&quot; finns inte i espeak-ng (%2).</translation>
    </message>
    <message>
        <source>espeak-ng could not speak a line (%1).</source>
        <translation>espeak-ng kunde inte läsa upp en replik (%1).</translation>
    </message>
</context>
<context>
    <name>calldeck::ScheduleEdit</name>
    <message>
        <source>Call now</source>
        <translation>Ring nu</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Vid</translation>
    </message>
    <message>
        <source>The time zone the date and time are in</source>
        <translation>Tidszonen som datum och tid anges i</translation>
    </message>
    <message>
        <source>The scheduled time is in the past; pick a later time or call now.</source>
        <translation>Den schemalagda tiden har redan passerat; välj en senare tid eller ring nu.</translation>
    </message>
    <message>
        <source>Times are in your time zone, %1 (%2).</source>
        <translation>Tiderna anges i din tidszon, %1 (%2).</translation>
    </message>
    <message>
        <source>Times are in %1 (%2), not your time zone %3.</source>
        <translation>Tiderna anges i %1 (%2), inte i din tidszon %3.</translation>
    </message>
</context>
<context>
    <name>calldeck::ScreenshotRunner</name>
    <message>
        <source>Northside Pharmacy</source>
        <translation>Norra Apoteket</translation>
    </message>
    <message>
        <source>pharmacy, refills</source>
        <translation>apotek, receptförnyelse</translation>
    </message>
    <message>
        <source>Get the earliest cleaning appointment this week, under $150</source>
        <translation>Boka tidigast möjliga tid för tandrengöring den här veckan, under $150</translation>
    </message>
</context>
<context>
    <name>calldeck::ScriptAgentTools</name>
    <message>
        <source>The script could not be reached; the database is closed.</source>
        <translation>Manuset kunde inte nås; databasen är stängd.</translation>
    </message>
    <message>
        <source>This call&apos;s script is no longer available.</source>
        <translation>Det här samtalets manus är inte längre tillgängligt.</translation>
    </message>
    <message>
        <source>The script has no milestone %1; the current one is M%2.</source>
        <translation>Manuset har ingen milstolpe %1; den aktuella är M%2.</translation>
    </message>
    <message>
        <source>M%1 %2 cannot be completed yet: record %3 with record_field first.</source>
        <translation>M%1 %2 kan inte slutföras ännu: registrera först %3 med record_field.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a script tool.</source>
        <translation>&quot;%1&quot; är inget manusverktyg.</translation>
    </message>
</context>
<context>
    <name>calldeck::ScriptDock</name>
    <message>
        <source>Script</source>
        <translation>Manus</translation>
    </message>
    <message>
        <source>Sales &amp;Script</source>
        <translation>Sälj&amp;manus</translation>
    </message>
    <message>
        <source>Show the script panel: checklist, milestones, objections</source>
        <translation>Visa manuspanelen: checklista, milstolpar, invändningar</translation>
    </message>
    <message>
        <source>Raise &amp;Objection…</source>
        <translation>Registrera &amp;invändning…</translation>
    </message>
    <message>
        <source>Open the objection flow for the live script run</source>
        <translation>Öppna invändningsflödet för den pågående manusgenomgången</translation>
    </message>
    <message>
        <source>&amp;Privacy Mode</source>
        <translation>Integritets&amp;läge</translation>
    </message>
    <message>
        <source>Hide client-sensitive values while sharing your screen</source>
        <translation>Dölj kundkänsliga värden när du delar skärmen</translation>
    </message>
    <message>
        <source>&amp;Present Slides</source>
        <translation>Presentera &amp;bilder</translation>
    </message>
    <message>
        <source>Open the presentation window for a second screen</source>
        <translation>Öppna presentationsfönstret på en andra skärm</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Script — privacy mode</source>
        <translation>Manus — integritetsläge</translation>
    </message>
    <message>
        <source>Privacy mode on: client details are hidden</source>
        <translation>Integritetsläge på: kunduppgifter är dolda</translation>
    </message>
    <message>
        <source>Privacy mode off</source>
        <translation>Integritetsläge av</translation>
    </message>
    <message>
        <source>No call placed: the engine is not running</source>
        <translation>Inget samtal ringdes: motorn körs inte</translation>
    </message>
    <message>
        <source>Placing the call…</source>
        <translation>Ringer samtalet…</translation>
    </message>
    <message>
        <source>Call placed</source>
        <translation>Samtalet har ringts</translation>
    </message>
    <message>
        <source>Calling with the script</source>
        <translation>Ringer med manuset</translation>
    </message>
    <message>
        <source>The call could not be placed: %1</source>
        <translation>Samtalet kunde inte ringas: %1</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Samtal %1</translation>
    </message>
</context>
<context>
    <name>calldeck::ScriptHub</name>
    <message>
        <source>The script runs are not available: no database is open.</source>
        <translation>Manusgenomgångarna är inte tillgängliga: ingen databas är öppen.</translation>
    </message>
    <message>
        <source>The call ended before the script started.</source>
        <translation>Samtalet avslutades innan manuset startade.</translation>
    </message>
</context>
<context>
    <name>calldeck::ScriptJson</name>
    <message>
        <source>unknown key</source>
        <translation>okänd nyckel</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorisk</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>måste vara en sträng</translation>
    </message>
    <message>
        <source>must be a whole number of at least %1</source>
        <translation>måste vara ett heltal som är minst %1</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>måste vara true eller false</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>måste vara en lista</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>får inte vara tom</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>måste vara en sträng som inte är tom</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>måste vara ett objekt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not snake_case (like client_count)</source>
        <translation>&quot;%1&quot; är inte skrivet i snake_case (som client_count)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field type (text, number, bool or choice)</source>
        <translation>&quot;%1&quot; är ingen fälttyp (text, number, bool eller choice)</translation>
    </message>
    <message>
        <source>a choice field needs options</source>
        <translation>ett choice-fält behöver alternativ</translation>
    </message>
    <message>
        <source>only choice fields have options</source>
        <translation>endast choice-fält har alternativ</translation>
    </message>
    <message>
        <source>an option is listed twice</source>
        <translation>ett alternativ finns med två gånger</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an outcome (Resolved, Deferred or Disqualified)</source>
        <translation>&quot;%1&quot; är inget resultat (Resolved, Deferred eller Disqualified)</translation>
    </message>
    <message>
        <source>listed twice</source>
        <translation>finns med två gånger</translation>
    </message>
    <message>
        <source>%1 is already used by milestones[%2]</source>
        <translation>%1 används redan av milestones[%2]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already used by %2</source>
        <translation>&quot;%1&quot; används redan av %2</translation>
    </message>
    <message>
        <source>only one milestone can be the decision (milestones[%1] is)</source>
        <translation>endast en milstolpe kan vara beslutet (milestones[%1] är det)</translation>
    </message>
    <message>
        <source>the decision milestone needs a &quot;decision&quot; choice field</source>
        <translation>beslutsmilstolpen behöver ett choice-fält &quot;decision&quot;</translation>
    </message>
    <message>
        <source>no decision milestone (one needs &quot;decision&quot;: true)</source>
        <translation>ingen beslutsmilstolpe (en behöver &quot;decision&quot;: true)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already used by objections[%2]</source>
        <translation>&quot;%1&quot; används redan av objections[%2]</translation>
    </message>
    <message>
        <source>%1 is already used by checklist[%2]</source>
        <translation>%1 används redan av checklist[%2]</translation>
    </message>
    <message>
        <source>only one item can be the gate (checklist[%1] is)</source>
        <translation>endast en punkt kan vara spärren (checklist[%1] är det)</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>ogiltig JSON: %1 vid position %2</translation>
    </message>
    <message>
        <source>a script must be a JSON object</source>
        <translation>ett manus måste vara ett JSON-objekt</translation>
    </message>
    <message>
        <source>version %1 is not supported (this CallDeck reads version %2)</source>
        <translation>version %1 stöds inte (den här versionen av CallDeck läser version %2)</translation>
    </message>
</context>
<context>
    <name>calldeck::ScriptLivePage</name>
    <message>
        <source>Time in this milestone against its estimate</source>
        <translation>Tid i den här milstolpen jämfört med uppskattningen</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Föregående</translation>
    </message>
    <message>
        <source>S&amp;kip…</source>
        <translation>&amp;Hoppa över…</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Nästa ▶</translation>
    </message>
    <message>
        <source>⚑ &amp;Objection</source>
        <translation>⚑ &amp;Invändning</translation>
    </message>
    <message>
        <source>Open the objection flow (Ctrl+Shift+O, from anywhere)</source>
        <translation>Öppna invändningsflödet (Ctrl+Shift+O, var du än är)</translation>
    </message>
    <message>
        <source>O&amp;verride…</source>
        <translation>&amp;Åsidosätt…</translation>
    </message>
    <message>
        <source>Supervisor: move the run to any milestone, with a logged reason</source>
        <translation>Arbetsledare: flytta genomgången till valfri milstolpe, med ett loggat skäl</translation>
    </message>
    <message>
        <source>Prepare the next call</source>
        <translation>Förbered nästa samtal</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source> · call %1 of the thread</source>
        <translation> · samtal %1 i tråden</translation>
    </message>
    <message>
        <source> · strict</source>
        <translation> · strikt</translation>
    </message>
    <message>
        <source> · flexible</source>
        <translation> · flexibelt</translation>
    </message>
    <message>
        <source> · privacy mode</source>
        <translation> · integritetsläge</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <extracomment>Progress of a run: &quot;2/7&quot; milestones done</extracomment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 of %2 milestones done</source>
        <translation>%1 av %2 milstolpar klara</translation>
    </message>
    <message>
        <source>M%1 %2</source>
        <translation>M%1 %2</translation>
    </message>
    <message>
        <source>Waiting for the run to start</source>
        <translation>Väntar på att genomgången ska starta</translation>
    </message>
    <message>
        <source>Run completed.</source>
        <translation>Genomgången slutförd.</translation>
    </message>
    <message>
        <source>Run completed — decision: %1</source>
        <translation>Genomgången slutförd — beslut: %1</translation>
    </message>
    <message>
        <source>Run cancelled.</source>
        <translation>Genomgången avbruten.</translation>
    </message>
    <message>
        <source>&amp;Finish ✓</source>
        <translation>&amp;Slutför ✓</translation>
    </message>
    <message>
        <source>Complete the last milestone and the run (Alt+Right)</source>
        <translation>Slutför den sista milstolpen och genomgången (Alt+Höger)</translation>
    </message>
    <message>
        <source>Complete this milestone and go to the next (Alt+Right)</source>
        <translation>Slutför den här milstolpen och gå till nästa (Alt+Höger)</translation>
    </message>
    <message>
        <source>Go back to the milestone before, with a reason (Alt+Left)</source>
        <translation>Gå tillbaka till föregående milstolpe, med ett skäl (Alt+Vänster)</translation>
    </message>
    <message>
        <source>Strict mode keeps the order; a supervisor can override (Alt+Left)</source>
        <translation>Strikt läge behåller ordningen; en arbetsledare kan åsidosätta (Alt+Vänster)</translation>
    </message>
    <message>
        <source>--:-- / %1</source>
        <translation>--:-- / %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>Milestone timer: elapsed / estimate, &quot;07:12 / 15:00&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Strict mode keeps the milestones in order. A supervisor can move the run with Override…</source>
        <translation>Strikt läge håller milstolparna i ordning. En arbetsledare kan flytta genomgången med Åsidosätt…</translation>
    </message>
    <message>
        <source>M%1</source>
        <translation>M%1</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Gå tillbaka</translation>
    </message>
    <message>
        <source>Jump ahead</source>
        <translation>Hoppa framåt</translation>
    </message>
    <message>
        <source>Why go back to %1?</source>
        <translation>Varför gå tillbaka till %1?</translation>
    </message>
    <message>
        <source>Why jump to %1? The milestones between are skipped.</source>
        <translation>Varför hoppa till %1? Milstolparna däremellan hoppas över.</translation>
    </message>
    <message>
        <source>Skip milestone</source>
        <translation>Hoppa över milstolpe</translation>
    </message>
    <message>
        <source>Why skip M%1 %2?</source>
        <translation>Varför hoppa över M%1 %2?</translation>
    </message>
    <message>
        <source>Supervisor override</source>
        <translation>Åsidosättning av arbetsledare</translation>
    </message>
    <message>
        <source>Move the run to another milestone. This works in strict mode too and is logged as an override by %1.</source>
        <translation>Flytta genomgången till en annan milstolpe. Det fungerar även i strikt läge och loggas som en åsidosättning av %1.</translation>
    </message>
</context>
<context>
    <name>calldeck::ScriptRepository</name>
    <message>
        <source>The stored script &quot;%1&quot; is damaged: %2</source>
        <translation>Det lagrade manuset &quot;%1&quot; är skadat: %2</translation>
    </message>
    <message>
        <source>Could not read the script</source>
        <translation>Det gick inte att läsa manuset</translation>
    </message>
    <message>
        <source>Could not save the script &quot;%1&quot;</source>
        <translation>Det gick inte att spara manuset &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The script shipped with CallDeck could not be read.</source>
        <translation>Manuset som följer med CallDeck kunde inte läsas.</translation>
    </message>
    <message>
        <source>Could not list the scripts</source>
        <translation>Det gick inte att lista manusen</translation>
    </message>
    <message>
        <source>There is no script with id %1.</source>
        <translation>Det finns inget manus med id %1.</translation>
    </message>
    <message>
        <source>There is no script named &quot;%1&quot;.</source>
        <translation>Det finns inget manus med namnet &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>calldeck::ScriptRunRules</name>
    <message>
        <source>has not started yet</source>
        <translation>har inte startat ännu</translation>
    </message>
    <message>
        <source>is already in progress</source>
        <translation>pågår redan</translation>
    </message>
    <message>
        <source>is already completed</source>
        <translation>är redan slutfört</translation>
    </message>
    <message>
        <source>was cancelled</source>
        <translation>avbröts</translation>
    </message>
    <message>
        <source>Cannot %1: the call %2.</source>
        <translation>Det går inte att %1: samtalet %2.</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>registrera %1</translation>
    </message>
    <message>
        <source>%1 is not the current milestone (%2); strict mode keeps the order.</source>
        <translation>%1 är inte den aktuella milstolpen (%2); strikt läge behåller ordningen.</translation>
    </message>
    <message>
        <source>Give a reason to %1.</source>
        <translation>Ange ett skäl för att %1.</translation>
    </message>
    <message>
        <source>question &quot;%1&quot;</source>
        <translation>frågan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>field &quot;%1&quot;</source>
        <translation>fältet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>confirmation &quot;%1&quot;</source>
        <translation>bekräftelsen &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; is too long (at most 500 characters).</source>
        <translation>Värdet för &quot;%1&quot; är för långt (högst 500 tecken).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a number; &quot;%2&quot; is not one.</source>
        <translation>&quot;%1&quot; kräver ett tal; &quot;%2&quot; är inget tal.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs yes or no; &quot;%2&quot; is neither.</source>
        <translation>&quot;%1&quot; kräver ja eller nej; &quot;%2&quot; är inget av dem.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a choice of &quot;%2&quot; (%3).</source>
        <translation>&quot;%1&quot; är inget alternativ för &quot;%2&quot; (%3).</translation>
    </message>
    <message>
        <source>The script &quot;%1&quot; has no milestone M%2.</source>
        <translation>Manuset &quot;%1&quot; har ingen milstolpe M%2.</translation>
    </message>
</context>
<context>
    <name>calldeck::ScriptRunService</name>
    <message>
        <source>%1 already has a call in progress (script run %2); complete or cancel it first.</source>
        <translation>%1 har redan ett pågående samtal (manusgenomgång %2); slutför eller avbryt det först.</translation>
    </message>
    <message>
        <source>The script &quot;%1&quot; has no milestone M%2 to resume from.</source>
        <translation>Manuset &quot;%1&quot; har ingen milstolpe M%2 att återuppta från.</translation>
    </message>
    <message>
        <source>Could not save the script run</source>
        <translation>Det gick inte att spara manusgenomgången</translation>
    </message>
    <message>
        <source>change the pre-call checklist</source>
        <translation>ändra checklistan före samtalet</translation>
    </message>
    <message>
        <source>The pre-call checklist has no item %1.</source>
        <translation>Checklistan före samtalet har ingen punkt %1.</translation>
    </message>
    <message>
        <source>change the mode</source>
        <translation>ändra läget</translation>
    </message>
    <message>
        <source>start the call</source>
        <translation>starta samtalet</translation>
    </message>
    <message>
        <source>resumed from %1</source>
        <translation>återupptogs från %1</translation>
    </message>
    <message>
        <source>The call key is empty.</source>
        <translation>Samtalsnyckeln är tom.</translation>
    </message>
    <message>
        <source>%1 has no question %2.</source>
        <translation>%1 har ingen fråga %2.</translation>
    </message>
    <message>
        <source>%1 has no confirmation %2.</source>
        <translation>%1 har ingen bekräftelse %2.</translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot;.</source>
        <translation>%1 har inget fält &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Cannot save notes: the call was cancelled.</source>
        <translation>Det går inte att spara anteckningar: samtalet avbröts.</translation>
    </message>
    <message>
        <source>The notes of %1 are %2 characters long; at most %3 fit. Nothing was saved.</source>
        <translation>Anteckningarna för %1 är %2 tecken långa; högst %3 får plats. Ingenting sparades.</translation>
    </message>
    <message>
        <source>complete %1</source>
        <translation>slutföra %1</translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation>%1 är redan %2.</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>slutförd</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>överhoppad</translation>
    </message>
    <message>
        <source>%1 cannot be completed yet: the current milestone is %2 and strict mode keeps the order.</source>
        <translation>%1 kan inte slutföras ännu: den aktuella milstolpen är %2 och strikt läge behåller ordningen.</translation>
    </message>
    <message>
        <source>%1 is missing: %2.</source>
        <translation>%1 saknar: %2.</translation>
    </message>
    <message>
        <source>completed without %1</source>
        <translation>slutförd utan %1</translation>
    </message>
    <message>
        <source>skip %1</source>
        <translation>hoppa över %1</translation>
    </message>
    <message>
        <source>Strict mode does not allow skipping %1; switch to flexible mode or ask a supervisor.</source>
        <translation>Strikt läge tillåter inte att %1 hoppas över; byt till flexibelt läge eller be en arbetsledare.</translation>
    </message>
    <message>
        <source>%1 is already done.</source>
        <translation>%1 är redan klar.</translation>
    </message>
    <message>
        <source>move to %1</source>
        <translation>flytta till %1</translation>
    </message>
    <message>
        <source>%1 is already the current milestone.</source>
        <translation>%1 är redan den aktuella milstolpen.</translation>
    </message>
    <message>
        <source>Strict mode keeps the order; switch to flexible mode or ask a supervisor to move the call.</source>
        <translation>Strikt läge behåller ordningen; byt till flexibelt läge eller be en arbetsledare att flytta samtalet.</translation>
    </message>
    <message>
        <source>complete the call</source>
        <translation>slutföra samtalet</translation>
    </message>
    <message>
        <source>cancel the call</source>
        <translation>avbryta samtalet</translation>
    </message>
</context>
<context>
    <name>calldeck::ScriptRunTables</name>
    <message>
        <source>Could not read the script runs</source>
        <translation>Det gick inte att läsa manusgenomgångarna</translation>
    </message>
    <message>
        <source>Could not read the script run</source>
        <translation>Det gick inte att läsa manusgenomgången</translation>
    </message>
    <message>
        <source>There is no script run with id %1.</source>
        <translation>Det finns ingen manusgenomgång med id %1.</translation>
    </message>
    <message>
        <source>The script of run %1 is damaged: %2</source>
        <translation>Manuset för genomgång %1 är skadat: %2</translation>
    </message>
    <message>
        <source>Could not read the call thread</source>
        <translation>Det gick inte att läsa samtalstråden</translation>
    </message>
    <message>
        <source>Could not start the call thread</source>
        <translation>Det gick inte att starta samtalstråden</translation>
    </message>
    <message>
        <source>Could not save the script run</source>
        <translation>Det gick inte att spara manusgenomgången</translation>
    </message>
    <message>
        <source>Could not log the script event</source>
        <translation>Det gick inte att logga manushändelsen</translation>
    </message>
    <message>
        <source>There is no objection with id %1.</source>
        <translation>Det finns ingen invändning med id %1.</translation>
    </message>
    <message>
        <source>Could not save the objection</source>
        <translation>Det gick inte att spara invändningen</translation>
    </message>
    <message>
        <source>Could not read the objections</source>
        <translation>Det gick inte att läsa invändningarna</translation>
    </message>
    <message>
        <source>Could not read the call</source>
        <translation>Det gick inte att läsa samtalet</translation>
    </message>
    <message>
        <source>There is no recorded call with id %1.</source>
        <translation>Det finns inget registrerat samtal med id %1.</translation>
    </message>
</context>
<context>
    <name>calldeck::ScriptSetupPage</name>
    <message>
        <source>Prospect</source>
        <translation>Prospekt</translation>
    </message>
    <message>
        <source>P&amp;rospect:</source>
        <translation>&amp;Prospekt:</translation>
    </message>
    <message>
        <source>Follow-up context</source>
        <translation>Uppföljningskontext</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <source>Strict — order and required items enforced</source>
        <translation>Strikt — ordning och obligatoriska punkter krävs</translation>
    </message>
    <message>
        <source>Flexible — skips and overrides with a reason</source>
        <translation>Flexibelt — överhoppningar och åsidosättningar med skäl</translation>
    </message>
    <message>
        <source>Sandbox line (simulated)</source>
        <translation>Sandlådelinje (simulerad)</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Läge:</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>&amp;Agent:</translation>
    </message>
    <message>
        <source>&amp;Line:</source>
        <translation>L&amp;inje:</translation>
    </message>
    <message>
        <source>&amp;Override reason:</source>
        <translation>Skäl för åsi&amp;dosättning:</translation>
    </message>
    <message>
        <source>Flexible mode: why call anyway (logged)</source>
        <translation>Flexibelt läge: varför ringa ändå (loggas)</translation>
    </message>
    <message>
        <source>&amp;Start call</source>
        <translation>&amp;Starta samtal</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Databasen är inte öppen.</translation>
    </message>
    <message>
        <source>The script could not be loaded: %1</source>
        <translation>Manuset kunde inte läsas in: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Prospect %1 %2</source>
        <extracomment>A prospect in the picker while privacy mode hides names: &quot;Prospect 3 •••&quot;</extracomment>
        <translation>Prospekt %1 %2</translation>
    </message>
    <message>
        <source>The earlier calls could not be read: %1</source>
        <translation>De tidigare samtalen kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>Twilio (real phone call)</source>
        <translation>Twilio (riktigt telefonsamtal)</translation>
    </message>
    <message>
        <source>Loading the script…</source>
        <translation>Läser in manuset…</translation>
    </message>
    <message>
        <source>✓ Qualified: %1 clients ≥ %2</source>
        <extracomment>Gate line: &quot;✓ Qualified: 620 clients ≥ 500&quot;</extracomment>
        <translation>✓ Kvalificerad: %1 kunder ≥ %2</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>✕ Blocked: %1</source>
        <translation>✕ Spärrad: %1</translation>
    </message>
    <message>
        <source>Choose a prospect first.</source>
        <translation>Välj först ett prospekt.</translation>
    </message>
    <message>
        <source>Give an override reason or complete the checklist to start.</source>
        <translation>Ange ett skäl för åsidosättning eller fyll i checklistan för att starta.</translation>
    </message>
    <message>
        <source>Strict mode: the call cannot start until the gate passes.</source>
        <translation>Strikt läge: samtalet kan inte starta förrän spärren är uppfylld.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Startar…</translation>
    </message>
    <message>
        <source>Start the run and place the call</source>
        <translation>Starta genomgången och ring samtalet</translation>
    </message>
    <message>
        <source>Start follow-up call</source>
        <translation>Starta uppföljningssamtal</translation>
    </message>
    <message>
        <source>Call %1 of the thread with %2, %3?</source>
        <translation>Samtal %1 i tråden med %2, %3?</translation>
    </message>
    <message>
        <source>Start call</source>
        <translation>Starta samtal</translation>
    </message>
    <message>
        <source>The prospect&apos;s profile could not be saved: %1</source>
        <translation>Prospektets profil kunde inte sparas: %1</translation>
    </message>
</context>
<context>
    <name>calldeck::SecretField</name>
    <message>
        <source>Set…</source>
        <translation>Ange…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Rensa</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Det gick inte att spara: %1</translation>
    </message>
    <message>
        <source>New value will be stored when you apply</source>
        <translation>Det nya värdet lagras när du verkställer</translation>
    </message>
    <message>
        <source>Will be removed from the keychain when you apply</source>
        <translation>Tas bort från nyckelringen när du verkställer</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrollerar…</translation>
    </message>
    <message>
        <source>Missing</source>
        <extracomment>A secret (API key or token) that is not configured.</extracomment>
        <translation>Saknas</translation>
    </message>
    <message>
        <source>Stored in the keychain</source>
        <translation>Lagrad i nyckelringen</translation>
    </message>
    <message>
        <source>From environment variable %1</source>
        <translation>Från miljövariabeln %1</translation>
    </message>
    <message>
        <source>Keychain unavailable: %1</source>
        <translation>Nyckelringen är inte tillgänglig: %1</translation>
    </message>
    <message>
        <source>Keychain error: %1</source>
        <translation>Fel i nyckelringen: %1</translation>
    </message>
    <message>
        <source>Set secret</source>
        <translation>Ange hemlighet</translation>
    </message>
    <message>
        <source>Paste the new value (%1). It is stored in the system keychain and never shown again.</source>
        <extracomment>%1 is an environment variable name such as OPENAI_API_KEY, shown to identify the secret.</extracomment>
        <translation>Klistra in det nya värdet (%1). Det lagras i systemets nyckelring och visas aldrig igen.</translation>
    </message>
    <message>
        <source>The environment variable %1 overrides whatever is stored here.</source>
        <translation>Miljövariabeln %1 åsidosätter det som lagras här.</translation>
    </message>
</context>
<context>
    <name>calldeck::SessionDetailView</name>
    <message>
        <source>Goal achieved</source>
        <translation>Målet uppnått</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Inget svar</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Röstbrevlåda</translation>
    </message>
    <message>
        <source>Goal not reached</source>
        <translation>Målet inte uppnått</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>not processed yet</source>
        <translation>inte bearbetat ännu</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Said on the call</source>
        <translation>Sagt i samtalet</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transkription</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Intyg</translation>
    </message>
    <message>
        <source>Select a call attempt to see its details.</source>
        <translation>Välj ett samtalsförsök för att se detaljerna.</translation>
    </message>
    <message>
        <source>Attempt %1: %2</source>
        <translation>Försök %1: %2</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Startat</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Längd</translation>
    </message>
    <message>
        <source>%1:%2 min</source>
        <translation>%1:%2 min</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Sandbox line</source>
        <translation>Sandlådelinje</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Provider call id</source>
        <translation>Leverantörens samtals-id</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>Total kostnad</translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation>Felorsak</translation>
    </message>
    <message>
        <source>No summary yet.</source>
        <translation>Ingen sammanfattning ännu.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Response latency: not measured for this call.</source>
        <translation>Svarslatens: inte uppmätt för det här samtalet.</translation>
    </message>
    <message>
        <source>Response latency over %1 turns: p50 %2 ms, p95 %3 ms (CallDeck&apos;s own share: p50 %4 ms, p95 %5 ms).</source>
        <translation>Svarslatens över %1 talturer: p50 %2 ms, p95 %3 ms (CallDecks egen andel: p50 %4 ms, p95 %5 ms).</translation>
    </message>
    <message>
        <source>No attestation was signed for this task.</source>
        <translation>Inget intyg signerades för den här uppgiften.</translation>
    </message>
    <message>
        <source>Signed attestation</source>
        <translation>Signerat intyg</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signerat av</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Signed at (UTC)</source>
        <translation>Signerat (UTC)</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Dator</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 på %2</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>Appversion</translation>
    </message>
    <message>
        <source>Statements version</source>
        <translation>Påståendenas version</translation>
    </message>
    <message>
        <source>Record hash</source>
        <translation>Intygets hash</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Dataintegritet</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>intakt</translation>
    </message>
    <message>
        <source>CHANGED after signing</source>
        <translation>ÄNDRAT efter signering</translation>
    </message>
    <message>
        <source>Telephony</source>
        <translation>Telefoni</translation>
    </message>
    <message>
        <source>Voice AI</source>
        <translation>Röst-AI</translation>
    </message>
    <message>
        <source>Reasoning AI</source>
        <translation>Resonerande AI</translation>
    </message>
</context>
<context>
    <name>calldeck::Settings</name>
    <message>
        <source>the file or its folder is not writable</source>
        <translation>filen eller dess mapp är skrivskyddad</translation>
    </message>
    <message>
        <source>the file is not a valid settings file</source>
        <translation>filen är inte en giltig inställningsfil</translation>
    </message>
    <message>
        <source>Could not save settings to %1: %2.</source>
        <translation>Det gick inte att spara inställningarna i %1: %2.</translation>
    </message>
</context>
<context>
    <name>calldeck::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Could not write the settings file: %1</source>
        <translation>Det gick inte att skriva inställningsfilen: %1</translation>
    </message>
    <message>
        <source>The system keychain is not available, so API keys and tokens cannot be read or saved. %1</source>
        <translation>Systemets nyckelring är inte tillgänglig, så API-nycklar och token kan inte läsas eller sparas. %1</translation>
    </message>
    <message>
        <source>Set by environment variable %1</source>
        <translation>Anges av miljövariabeln %1</translation>
    </message>
    <message>
        <source>Enter a URL.</source>
        <translation>Ange en URL.</translation>
    </message>
    <message>
        <source>Enter a full URL starting with https://, e.g. https://example.com</source>
        <translation>Ange en fullständig URL som börjar med https://, t.ex. https://example.com</translation>
    </message>
</context>
<context>
    <name>calldeck::ShortcutsDialog</name>
    <message>
        <source>Talk into the call while held (push to talk)</source>
        <extracomment>Keyboard shortcut list: what holding Space does in the call monitor.</extracomment>
        <translation>Tala i samtalet medan den hålls ned (tryck för att tala)</translation>
    </message>
    <message>
        <source>Call Monitor</source>
        <translation>Samtalsövervakning</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Var</translation>
    </message>
</context>
<context>
    <name>calldeck::SingleInstance</name>
    <message>
        <source>Cannot create the lock file in %1.</source>
        <translation>Kan inte skapa låsfilen i %1.</translation>
    </message>
    <message>
        <source>CallDeck is already running for %1 but does not answer.</source>
        <translation>CallDeck körs redan för %1 men svarar inte.</translation>
    </message>
</context>
<context>
    <name>calldeck::SlideNavigator</name>
    <message>
        <source>Present (F5)</source>
        <translation>Presentera (F5)</translation>
    </message>
    <message>
        <source>Previous slide</source>
        <translation>Föregående bild</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>Nästa bild</translation>
    </message>
    <message>
        <source>Open the presentation window for a second screen</source>
        <translation>Öppna presentationsfönstret på en andra skärm</translation>
    </message>
    <message>
        <source>Slides:</source>
        <translation>Bilder:</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Slide position in the navigator: &quot;2/3&quot;</extracomment>
        <translation>inga</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
</context>
<context>
    <name>calldeck::SlideWindow</name>
    <message>
        <source>CallDeck — Presentation</source>
        <translation>CallDeck — Presentation</translation>
    </message>
    <message>
        <source>M%1 · %2</source>
        <translation>M%1 · %2</translation>
    </message>
    <message>
        <source>Slide %1 of %2  ·  ← → to change  ·  Esc to close</source>
        <extracomment>Footer of the presentation window: &quot;Slide 2 of 3 · ← → to change · Esc to close&quot;</extracomment>
        <translation>Bild %1 av %2  ·  ← → för att byta  ·  Esc för att stänga</translation>
    </message>
</context>
<context>
    <name>calldeck::Store</name>
    <message>
        <source>The database is closed; the request was not run.</source>
        <translation>Databasen är stängd; begäran kördes inte.</translation>
    </message>
    <message>
        <source>The SQLite database driver (QSQLITE) is not available.</source>
        <translation>Databasdrivrutinen för SQLite (QSQLITE) är inte tillgänglig.</translation>
    </message>
    <message>
        <source>Could not open the database %1: %2</source>
        <translation>Det gick inte att öppna databasen %1: %2</translation>
    </message>
    <message>
        <source>Could not configure the database: %1</source>
        <translation>Det gick inte att konfigurera databasen: %1</translation>
    </message>
    <message>
        <source>The SQLite library does not enforce foreign keys.</source>
        <translation>SQLite-biblioteket upprätthåller inte främmande nycklar.</translation>
    </message>
    <message>
        <source>The database cannot be opened from one of its own jobs.</source>
        <translation>Databasen kan inte öppnas från ett av dess egna jobb.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the database.</source>
        <translation>Det gick inte att skapa mappen %1 för databasen.</translation>
    </message>
</context>
<context>
    <name>calldeck::TaskCallBrief</name>
    <message>
        <source>not before %1</source>
        <translation>inte före %1</translation>
    </message>
    <message>
        <source>no later than %1</source>
        <translation>senast %1</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>mellan %1 och %2</translation>
    </message>
</context>
<context>
    <name>calldeck::TaskListModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Nästa åtgärd</translation>
    </message>
    <message>
        <source>Goal achieved</source>
        <translation>Målet uppnått</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Försök</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>calldeck::TaskNextAction</name>
    <message>
        <source>Plan the task</source>
        <translation>Planera uppgiften</translation>
    </message>
    <message>
        <source>Working on it</source>
        <translation>Bearbetas</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>Väntar på dig</translation>
    </message>
    <message>
        <source>Ready to call</source>
        <translation>Redo att ringa</translation>
    </message>
    <message>
        <source>Review the result</source>
        <translation>Granska resultatet</translation>
    </message>
    <message>
        <source>Retry or follow up</source>
        <translation>Försök igen eller följ upp</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Löst</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Inget</translation>
    </message>
</context>
<context>
    <name>calldeck::TaskOverviewHtml</name>
    <message>
        <source>Calls</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Nästa åtgärd</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Max price</source>
        <translation>Maxpris</translation>
    </message>
    <message>
        <source>Ask before agreeing to more than</source>
        <translation>Fråga innan mer än detta godtas</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>Schemalagd till</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Försök</translation>
    </message>
    <message>
        <source>Goal achieved</source>
        <translation>Målet uppnått</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation>Felorsak</translation>
    </message>
    <message>
        <source>Follows up</source>
        <translation>Följer upp</translation>
    </message>
    <message>
        <source>task %1</source>
        <translation>uppgift %1</translation>
    </message>
    <message>
        <source>Not planned yet.</source>
        <translation>Inte planerad ännu.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Mål:</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Frågor att ställa</translation>
    </message>
    <message>
        <source>Information to obtain</source>
        <translation>Information att ta reda på</translation>
    </message>
    <message>
        <source>Success conditions</source>
        <translation>Villkor för att lyckas</translation>
    </message>
    <message>
        <source>not before %1</source>
        <translation>inte före %1</translation>
    </message>
    <message>
        <source>not after %1</source>
        <translation>inte efter %1</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>mellan %1 och %2</translation>
    </message>
    <message>
        <source>Hard constraints</source>
        <translation>Fasta begränsningar</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Önskemål</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>Saknas fortfarande</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
</context>
<context>
    <name>calldeck::TaskPlan</name>
    <message>
        <source>The plan&apos;s field &quot;%1&quot; should be %2.</source>
        <translation>Planens fält &quot;%1&quot; ska vara %2.</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>en lista med texter</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>en text</translation>
    </message>
    <message>
        <source>a date like 2025-11-27</source>
        <translation>ett datum som 2025-11-27</translation>
    </message>
    <message>
        <source>two times like [&quot;09:00&quot;, &quot;17:00&quot;]</source>
        <translation>två tider som [&quot;09:00&quot;, &quot;17:00&quot;]</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ett objekt</translation>
    </message>
    <message>
        <source>a whole number of cents (15000 for $150)</source>
        <translation>ett heltal i cent (15000 för $150)</translation>
    </message>
    <message>
        <source>a list of {&quot;key&quot;, &quot;question&quot;} objects</source>
        <translation>en lista med {&quot;key&quot;, &quot;question&quot;}-objekt</translation>
    </message>
    <message>
        <source>an object of texts</source>
        <translation>ett objekt med texter</translation>
    </message>
</context>
<context>
    <name>calldeck::TaskPlanner</name>
    <message>
        <source>The AI planner failed: %1 CallDeck planned this task offline instead.</source>
        <translation>AI-planeraren misslyckades: %1 CallDeck planerade uppgiften offline i stället.</translation>
    </message>
</context>
<context>
    <name>calldeck::TaskRepository</name>
    <message>
        <source>Which phone number should be called?</source>
        <translation>Vilket telefonnummer ska ringas?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone CallDeck knows (use a name like Europe/Stockholm).</source>
        <translation>&quot;%1&quot; är ingen tidszon som CallDeck känner till (använd ett namn som Europe/Stockholm).</translation>
    </message>
    <message>
        <source>The scheduled time is in the past; pick a later time or call now.</source>
        <translation>Den schemalagda tiden har redan passerat; välj en senare tid eller ring nu.</translation>
    </message>
    <message>
        <source>Write what the call should achieve.</source>
        <translation>Skriv vad samtalet ska uppnå.</translation>
    </message>
    <message>
        <source>The instruction is too long (%1 characters; at most %2).</source>
        <translation>Instruktionen är för lång (%1 tecken; högst %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number CallDeck can call: %2</source>
        <translation>&quot;%1&quot; är inget telefonnummer som CallDeck kan ringa: %2</translation>
    </message>
    <message>
        <source>The maximum price cannot be negative.</source>
        <translation>Maxpriset kan inte vara negativt.</translation>
    </message>
    <message>
        <source>Could not read the contact</source>
        <translation>Det gick inte att läsa kontakten</translation>
    </message>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>Det finns ingen kontakt med id %1.</translation>
    </message>
    <message>
        <source>Could not save the task</source>
        <translation>Det gick inte att spara uppgiften</translation>
    </message>
    <message>
        <source>Enter the phone number to call.</source>
        <translation>Ange telefonnumret som ska ringas.</translation>
    </message>
    <message>
        <source>Names are limited to %1 characters.</source>
        <translation>Namn får ha högst %1 tecken.</translation>
    </message>
    <message>
        <source>Choose the purpose of the call.</source>
        <translation>Välj syftet med samtalet.</translation>
    </message>
    <message>
        <source>Describe the objective in at least %1 characters.</source>
        <translation>Beskriv målet med minst %1 tecken.</translation>
    </message>
    <message>
        <source>The objective is too long (%1 characters; at most %2).</source>
        <translation>Målet är för långt (%1 tecken; högst %2).</translation>
    </message>
    <message>
        <source>Could not read the task</source>
        <translation>Det gick inte att läsa uppgiften</translation>
    </message>
    <message>
        <source>There is no task with id %1.</source>
        <translation>Det finns ingen uppgift med id %1.</translation>
    </message>
    <message>
        <source>Could not list the tasks</source>
        <translation>Det gick inte att lista uppgifterna</translation>
    </message>
    <message>
        <source>The call failed.</source>
        <translation>Samtalet misslyckades.</translation>
    </message>
    <message>
        <source>Could not change the task&apos;s status</source>
        <translation>Det gick inte att ändra uppgiftens status</translation>
    </message>
    <message>
        <source>Could not save the plan</source>
        <translation>Det gick inte att spara planen</translation>
    </message>
    <message>
        <source>This task is &quot;%1&quot; and is not waiting for answers.</source>
        <translation>Den här uppgiften har statusen &quot;%1&quot; och väntar inte på svar.</translation>
    </message>
    <message>
        <source>This task has no plan to answer questions for yet.</source>
        <translation>Den här uppgiften har ännu ingen plan med frågor att besvara.</translation>
    </message>
    <message>
        <source>Could not save the answers</source>
        <translation>Det gick inte att spara svaren</translation>
    </message>
    <message>
        <source>Amounts cannot be negative.</source>
        <translation>Belopp kan inte vara negativa.</translation>
    </message>
    <message>
        <source>A task that is &quot;%1&quot; can no longer be edited.</source>
        <translation>En uppgift med statusen &quot;%1&quot; kan inte längre redigeras.</translation>
    </message>
    <message>
        <source>Could not save the changes</source>
        <translation>Det gick inte att spara ändringarna</translation>
    </message>
    <message>
        <source>Only a finished task can be marked resolved; this one is &quot;%1&quot;.</source>
        <translation>Endast en avslutad uppgift kan markeras som löst; den här har statusen &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Could not mark the task resolved</source>
        <translation>Det gick inte att markera uppgiften som löst</translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation>Följ upp: %1</translation>
    </message>
</context>
<context>
    <name>calldeck::TaskStateMachine</name>
    <message>
        <source>The task is already &quot;%1&quot;.</source>
        <translation>Uppgiften har redan statusen &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The task is &quot;%1&quot; and can no longer change to &quot;%2&quot;.</source>
        <translation>Uppgiften har statusen &quot;%1&quot; och kan inte längre ändras till &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>A task that is &quot;%1&quot; cannot become &quot;%2&quot;.</source>
        <translation>En uppgift med statusen &quot;%1&quot; kan inte ändras till &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>calldeck::TaskStatus</name>
    <message>
        <source>Pending</source>
        <translation>Väntande</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Förbereds</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>Väntar på dig</translation>
    </message>
    <message>
        <source>Ready to call</source>
        <translation>Redo att ringa</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Slutförd</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Misslyckad</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbruten</translation>
    </message>
</context>
<context>
    <name>calldeck::TelephonyPage</name>
    <message>
        <source>e.g. https://calldeck.example.com</source>
        <extracomment>Placeholder: the public HTTPS address (e.g. a tunnel) where Twilio reaches this computer.</extracomment>
        <translation>t.ex. https://calldeck.example.com</translation>
    </message>
    <message>
        <source>Without a Twilio account SID and auth token, calls go to the built-in sandbox line (simulated calls).</source>
        <translation>Utan ett SID och en autentiseringstoken för ett Twilio-konto går samtal till den inbyggda sandlådelinjen (simulerade samtal).</translation>
    </message>
    <message>
        <source>Account &amp;SID:</source>
        <translation>Konto-&amp;SID:</translation>
    </message>
    <message>
        <source>Auth token:</source>
        <translation>Autentiseringstoken:</translation>
    </message>
    <message>
        <source>&amp;From number:</source>
        <extracomment>The caller ID number calls are placed from.</extracomment>
        <translation>&amp;Avsändarnummer:</translation>
    </message>
    <message>
        <source>&amp;Public URL:</source>
        <translation>&amp;Publik URL:</translation>
    </message>
    <message>
        <source>Twilio &amp;API base URL:</source>
        <translation>Bas-URL för Twilio-AP&amp;I:</translation>
    </message>
    <message>
        <source>Telephony</source>
        <translation>Telefoni</translation>
    </message>
    <message>
        <source>An account SID is “AC” followed by 32 hexadecimal characters.</source>
        <translation>Ett konto-SID består av ”AC” följt av 32 hexadecimala tecken.</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>Tunnel choice: no tunnel is started.</extracomment>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>API &amp;key SID (optional):</source>
        <extracomment>Optional: authenticate REST calls with an API key instead of the auth token.</extracomment>
        <translation>API-&amp;nyckelns SID (valfritt):</translation>
    </message>
    <message>
        <source>API key secret:</source>
        <translation>API-nyckelns hemlighet:</translation>
    </message>
    <message>
        <source>&amp;Tunnel:</source>
        <extracomment>Program started to expose the media server to Twilio when no public URL is set.</extracomment>
        <translation>&amp;Tunnel:</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <extracomment>host:port the local media server listens on.</extracomment>
        <translation>&amp;Lyssna på:</translation>
    </message>
    <message>
        <source>An API key SID is “SK” followed by 32 hexadecimal characters.</source>
        <translation>Ett API-nyckel-SID är ”SK” följt av 32 hexadecimala tecken.</translation>
    </message>
    <message>
        <source>Use HOST:PORT, for example 127.0.0.1:8077.</source>
        <translation>Ange VÄRD:PORT, till exempel 127.0.0.1:8077.</translation>
    </message>
</context>
<context>
    <name>calldeck::ToolCatalog</name>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true eller false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>ett heltal</translation>
    </message>
    <message>
        <source>There is no tool called &quot;%1&quot;. Available tools: %2.</source>
        <translation>Det finns inget verktyg som heter &quot;%1&quot;. Tillgängliga verktyg: %2.</translation>
    </message>
    <message>
        <source>The arguments for &quot;%1&quot; are not valid JSON (%2). Send a JSON object.</source>
        <translation>Argumenten för &quot;%1&quot; är inte giltig JSON (%2). Skicka ett JSON-objekt.</translation>
    </message>
    <message>
        <source>The tool &quot;%1&quot; needs the argument &quot;%2&quot;.</source>
        <translation>Verktyget &quot;%1&quot; kräver argumentet &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The tool &quot;%1&quot; has no argument &quot;%2&quot;.</source>
        <translation>Verktyget &quot;%1&quot; har inget argument &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The argument &quot;%1&quot; of &quot;%2&quot; must be %3.</source>
        <translation>Argumentet &quot;%1&quot; för &quot;%2&quot; måste vara %3.</translation>
    </message>
    <message>
        <source>The amount to approve cannot be negative.</source>
        <translation>Beloppet som ska godkännas kan inte vara negativt.</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>en lista</translation>
    </message>
</context>
<context>
    <name>calldeck::TranscriptDelegate</name>
    <message>
        <source>cut off</source>
        <extracomment>Badge on an agent segment the callee interrupted; the text is what the callee heard.</extracomment>
        <translation>avbruten</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>Speech-recognition confidence of a transcript segment, e.g. &quot;92%&quot;.</extracomment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>speaking…</source>
        <extracomment>Shown next to a transcript segment that is still being spoken / transcribed.</extracomment>
        <translation>talar…</translation>
    </message>
</context>
<context>
    <name>calldeck::TranscriptDock</name>
    <message>
        <source>Transcript</source>
        <translation>Transkription</translation>
    </message>
    <message>
        <source>The call whose transcript is shown</source>
        <translation>Samtalet vars transkription visas</translation>
    </message>
    <message>
        <source>&amp;Call:</source>
        <translation>&amp;Samtal:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>Copy the selected lines, or the whole transcript when none is selected (%1)</source>
        <translation>Kopiera de markerade raderna, eller hela transkriptionen om inga rader är markerade (%1)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <source>Save the transcript as plain text or JSON</source>
        <translation>Spara transkriptionen som oformaterad text eller JSON</translation>
    </message>
    <message>
        <source>Search this call (%1)</source>
        <translation>Sök i det här samtalet (%1)</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Föregående träff (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nästa träff (F3)</translation>
    </message>
    <message>
        <source>The transcript appears here as soon as a call connects.</source>
        <translation>Transkriptionen visas här så snart ett samtal kopplas upp.</translation>
    </message>
    <message>
        <source>&amp;Transcript</source>
        <translation>&amp;Transkription</translation>
    </message>
    <message>
        <source>Find in Transcript</source>
        <translation>Sök i transkription</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>Sök nästa</translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation>Sök föregående</translation>
    </message>
    <message>
        <source>%1 — live</source>
        <extracomment>Call selector entry: phone number and whether the call is still going.</extracomment>
        <translation>%1 — pågår</translation>
    </message>
    <message>
        <source>%1 — ended</source>
        <translation>%1 — avslutat</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Inga träffar</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Search position in the transcript, e.g. &quot;2 of 5&quot;.</extracomment>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>Jump to live ↓</source>
        <translation>Hoppa till live ↓</translation>
    </message>
    <message>
        <source>Jump to end ↓</source>
        <translation>Hoppa till slutet ↓</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n transcript line(s).</source>
        <translation>
            <numerusform>Kopierade %n rad ur transkriptionen.</numerusform>
            <numerusform>Kopierade %n rader ur transkriptionen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Det gick inte att skriva %1: %2</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Oformaterad text (*.txt)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>transcript-%1.txt</source>
        <extracomment>Default file name of an exported transcript; %1 is the call&apos;s key.</extracomment>
        <translation>transkription-%1.txt</translation>
    </message>
    <message>
        <source>Export Transcript</source>
        <translation>Exportera transkription</translation>
    </message>
    <message>
        <source>Transcript saved to %1.</source>
        <translation>Transkriptionen sparades i %1.</translation>
    </message>
</context>
<context>
    <name>calldeck::TranscriptExport</name>
    <message>
        <source>[cut off]</source>
        <extracomment>Marks an agent segment the callee interrupted, in copied/exported transcripts.</extracomment>
        <translation>[avbruten]</translation>
    </message>
</context>
<context>
    <name>calldeck::TranscriptModel</name>
    <message>
        <source>Agent</source>
        <extracomment>Transcript speaker: the AI (or human) agent calling on the user&apos;s behalf.</extracomment>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Callee</source>
        <extracomment>Transcript speaker: the person who was called.</extracomment>
        <translation>Uppringd</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <extracomment>Transcript speaker: the CallDeck user talking into the call (barge-in).</extracomment>
        <translation>Arbetsledare</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>Transcript speaker: CallDeck&apos;s own notes (call connected, recording on, …).</extracomment>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>calldeck::TranscriptRepository</name>
    <message>
        <source>Could not save the call&apos;s transcript</source>
        <translation>Det gick inte att spara samtalets transkription</translation>
    </message>
    <message>
        <source>The transcript cannot be saved: the call record %1 does not exist.</source>
        <translation>Transkriptionen kan inte sparas: samtalsposten %1 finns inte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a transcript speaker CallDeck knows.</source>
        <translation>&quot;%1&quot; är ingen talare i transkriptioner som CallDeck känner till.</translation>
    </message>
    <message>
        <source>Could not read the call&apos;s transcript</source>
        <translation>Det gick inte att läsa samtalets transkription</translation>
    </message>
</context>
<context>
    <name>calldeck::TranscriptWriter</name>
    <message>
        <source>The call&apos;s transcript could not be saved (%1). CallDeck keeps the text and tries again.</source>
        <translation>Samtalets transkription kunde inte sparas (%1). CallDeck behåller texten och försöker igen.</translation>
    </message>
</context>
<context>
    <name>calldeck::TrayNotifier</name>
    <message numerus="yes">
        <source>CallDeck — %n unread notification(s)</source>
        <translation>
            <numerusform>CallDeck — %n oläst avisering</numerusform>
            <numerusform>CallDeck — %n olästa aviseringar</numerusform>
        </translation>
    </message>
    <message>
        <source>CallDeck</source>
        <translation>CallDeck</translation>
    </message>
</context>
<context>
    <name>calldeck::TunnelManager</name>
    <message>
        <source>ngrok needs an account and an auth token. Sign up at ngrok.com, then run &quot;ngrok config add-authtoken YOUR_TOKEN&quot; and restart the tunnel.</source>
        <translation>ngrok kräver ett konto och en autentiseringstoken. Registrera dig på ngrok.com, kör sedan &quot;ngrok config add-authtoken DIN_TOKEN&quot; och starta om tunneln.</translation>
    </message>
    <message>
        <source>This ngrok address is already online: another ngrok agent still runs with it. Stop the other agent, then restart the tunnel.</source>
        <translation>Den här ngrok-adressen är redan online: en annan ngrok-agent körs fortfarande med den. Stoppa den andra agenten och starta sedan om tunneln.</translation>
    </message>
    <message>
        <source>Your ngrok account already runs as many agents as its plan allows. Stop one (perhaps on another computer), then restart the tunnel.</source>
        <translation>Ditt ngrok-konto kör redan så många agenter som abonnemanget tillåter. Stoppa en (kanske på en annan dator) och starta sedan om tunneln.</translation>
    </message>
    <message>
        <source>The ngrok address is offline: the ngrok agent is not running.</source>
        <translation>ngrok-adressen är offline: ngrok-agenten körs inte.</translation>
    </message>
    <message>
        <source>ngrok cannot reach CallDeck&apos;s media server on port %1. Check that it is running.</source>
        <translation>ngrok kan inte nå CallDecks medieserver på port %1. Kontrollera att den körs.</translation>
    </message>
    <message>
        <source>ngrok reported error ERR_NGROK_%1.</source>
        <translation>ngrok rapporterade felet ERR_NGROK_%1.</translation>
    </message>
    <message>
        <source>%1 is not installed. Install it, or choose another way to reach CallDeck from the internet.</source>
        <translation>%1 är inte installerat. Installera det eller välj ett annat sätt att nå CallDeck från internet.</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>Det gick inte att starta %1: %2</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>Startar %1…</translation>
    </message>
    <message>
        <source>Waiting for Cloudflare to register the tunnel…</source>
        <translation>Väntar på att Cloudflare ska registrera tunneln…</translation>
    </message>
    <message>
        <source>%1 stopped: %2</source>
        <translation>%1 stoppades: %2</translation>
    </message>
    <message>
        <source>%1 stopped unexpectedly (exit code %2).</source>
        <translation>%1 stoppades oväntat (slutstatus %2).</translation>
    </message>
    <message>
        <source>%1 did not report a public address within %2 seconds.</source>
        <translation>%1 rapporterade ingen publik adress inom %2 sekunder.</translation>
    </message>
    <message>
        <source>%1 reported an address but never connected within %2 seconds.</source>
        <translation>%1 rapporterade en adress men anslöt aldrig inom %2 sekunder.</translation>
    </message>
    <message>
        <source>Last message: %1</source>
        <translation>Senaste meddelande: %1</translation>
    </message>
    <message>
        <source>Checking %1 …</source>
        <translation>Kontrollerar %1 …</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 kan inte nås: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 instead of CallDeck&apos;s health check.</source>
        <translation>%1 svarade med HTTP %2 i stället för på CallDecks hälsokontroll.</translation>
    </message>
    <message>
        <source>%1 answers, but not with this CallDeck&apos;s media server. Is another program using the tunnel?</source>
        <translation>%1 svarar, men inte med den här CallDeck-instansens medieserver. Använder ett annat program tunneln?</translation>
    </message>
    <message>
        <source>Reachable at %1</source>
        <translation>Nåbar på %1</translation>
    </message>
    <message>
        <source>Tunnel stopped</source>
        <translation>Tunneln har stoppats</translation>
    </message>
    <message>
        <source>Restarting %1…</source>
        <translation>Startar om %1…</translation>
    </message>
    <message>
        <source>No tunnel</source>
        <translation>Ingen tunnel</translation>
    </message>
</context>
<context>
    <name>calldeck::TunnelStatusLabel</name>
    <message>
        <source>The sandbox line speaks Twilio&apos;s protocol on this computer, with simulated people answering.</source>
        <translation>Sandlådelinjen talar Twilios protokoll på den här datorn, och simulerade personer svarar.</translation>
    </message>
    <message>
        <source>Sandbox line — calls are simulated, nothing leaves this computer</source>
        <translation>Sandlådelinje — samtalen simuleras, inget lämnar den här datorn</translation>
    </message>
    <message>
        <source>Tunnel starting…</source>
        <translation>Tunneln startar…</translation>
    </message>
    <message>
        <source>Tunnel up — Twilio reaches this computer at %1</source>
        <extracomment>%1 is the tunnel&apos;s public https URL.</extracomment>
        <translation>Tunneln är aktiv — Twilio når den här datorn på %1</translation>
    </message>
    <message>
        <source>Tunnel not answering at %1: %2</source>
        <extracomment>%1 is the public URL, %2 what the health check saw.</extracomment>
        <translation>Tunneln svarar inte på %1: %2</translation>
    </message>
    <message>
        <source>Tunnel failed</source>
        <translation>Tunneln misslyckades</translation>
    </message>
    <message>
        <source>Tunnel failed: %1</source>
        <translation>Tunneln misslyckades: %1</translation>
    </message>
    <message>
        <source>Public URL %1 (no tunnel)</source>
        <extracomment>No tunnel, but a public URL is set in the settings; %1 is that URL.</extracomment>
        <translation>Publik URL %1 (ingen tunnel)</translation>
    </message>
    <message>
        <source>No public URL — Twilio cannot reach this computer; start a tunnel or set one in Settings</source>
        <translation>Ingen publik URL — Twilio kan inte nå den här datorn; starta en tunnel eller ange en URL i Inställningar</translation>
    </message>
</context>
<context>
    <name>calldeck::TwilioRestClient</name>
    <message>
        <source>Twilio rejected the credentials. Check the account SID and auth token (or API key) in Settings › Telephony; copied values often carry stray spaces.</source>
        <translation>Twilio avvisade inloggningsuppgifterna. Kontrollera konto-SID och autentiseringstoken (eller API-nyckel) under Inställningar › Telefoni; kopierade värden innehåller ofta extra mellanslag.</translation>
    </message>
    <message>
        <source>This Twilio account has no API access (suspended or closed).</source>
        <translation>Det här Twilio-kontot har ingen API-åtkomst (avstängt eller avslutat).</translation>
    </message>
    <message>
        <source>Twilio does not know this call or account.</source>
        <translation>Twilio känner inte till det här samtalet eller kontot.</translation>
    </message>
    <message>
        <source>Twilio is receiving too many requests from this account; try again in a moment.</source>
        <translation>Twilio tar emot för många förfrågningar från det här kontot; försök igen om en stund.</translation>
    </message>
    <message>
        <source>The number you are calling is not a valid phone number. Use the international format, e.g. +14155550123.</source>
        <translation>Numret du ringer är inte ett giltigt telefonnummer. Använd internationellt format, t.ex. +14155550123.</translation>
    </message>
    <message>
        <source>The caller number is not a Twilio number or verified caller ID of this account. Check &quot;From number&quot; in Settings › Telephony.</source>
        <translation>Avsändarnumret är inte ett Twilio-nummer eller ett verifierat nummerpresentations-ID för det här kontot. Kontrollera &quot;Avsändarnummer&quot; under Inställningar › Telefoni.</translation>
    </message>
    <message>
        <source>The number you are calling cannot be reached.</source>
        <translation>Numret du ringer kan inte nås.</translation>
    </message>
    <message>
        <source>Your Twilio geographic permissions do not allow calls to this country. Enable it in the Twilio console under Voice › Geo permissions.</source>
        <translation>Dina geografiska behörigheter i Twilio tillåter inte samtal till det här landet. Aktivera landet i Twilio-konsolen under Voice › Geo permissions.</translation>
    </message>
    <message>
        <source>Twilio blocks calls to this number.</source>
        <translation>Twilio blockerar samtal till det här numret.</translation>
    </message>
    <message>
        <source>Trial Twilio accounts can only call verified numbers. Verify this number in the Twilio console or upgrade the account.</source>
        <translation>Twilio-provkonton kan bara ringa verifierade nummer. Verifiera numret i Twilio-konsolen eller uppgradera kontot.</translation>
    </message>
    <message>
        <source>The call instructions (TwiML) are longer than Twilio&apos;s 4000-character limit.</source>
        <translation>Samtalsinstruktionerna (TwiML) är längre än Twilios gräns på 4000 tecken.</translation>
    </message>
    <message>
        <source>Could not reach Twilio at %1: %2</source>
        <translation>Det gick inte att nå Twilio på %1: %2</translation>
    </message>
    <message>
        <source>Twilio had a server error (HTTP %1) and did not recover after %2 attempts.</source>
        <translation>Twilio fick ett serverfel (HTTP %1) som kvarstod efter %2 försök.</translation>
    </message>
    <message>
        <source>Twilio refused the request (HTTP %1).</source>
        <translation>Twilio nekade begäran (HTTP %1).</translation>
    </message>
    <message>
        <source>Tried %1 times.</source>
        <translation>Försökte %1 gånger.</translation>
    </message>
    <message>
        <source>Twilio says: %1 (error %2)</source>
        <translation>Twilio svarar: %1 (fel %2)</translation>
    </message>
</context>
<context>
    <name>calldeck::TwimlBuilder</name>
    <message>
        <source>The media stream address &quot;%1&quot; is not a wss:// URL without a query string.</source>
        <translation>Medieströmmens adress &quot;%1&quot; är inte en wss://-URL utan frågesträng.</translation>
    </message>
    <message>
        <source>The stream parameter &quot;%1&quot; is too long for Twilio.</source>
        <translation>Strömparametern &quot;%1&quot; är för lång för Twilio.</translation>
    </message>
    <message>
        <source>The call instructions (TwiML) are longer than Twilio&apos;s 4000-character limit.</source>
        <translation>Samtalsinstruktionerna (TwiML) är längre än Twilios gräns på 4000 tecken.</translation>
    </message>
</context>
<context>
    <name>calldeck::WebhookParser</name>
    <message>
        <source>The Twilio webhook has no %1.</source>
        <translation>Twilio-webhooken saknar %1.</translation>
    </message>
</context>
<context>
    <name>calldeck::cli::CallScriptSetup</name>
    <message>
        <source>Follow this sales script (e.g. default): the call becomes a script run of the prospect.</source>
        <translation>Följ det här säljmanuset (t.ex. default): samtalet blir en manusgenomgång för prospektet.</translation>
    </message>
    <message>
        <source>With --script: strict (order and required items enforced) or flexible (default: the setting).</source>
        <translation>Med --script: strict (ordning och obligatoriska punkter krävs) eller flexible (standard: inställningen).</translation>
    </message>
    <message>
        <source>With --script: store the prospect&apos;s client count (the qualification gate).</source>
        <translation>Med --script: lagra prospektets antal kunder (kvalificeringsspärren).</translation>
    </message>
    <message>
        <source>With --script: pre-call checklist items done: all, or ids like 1,2,3.</source>
        <translation>Med --script: avbockade punkter i checklistan före samtalet: all, eller id:n som 1,2,3.</translation>
    </message>
    <message>
        <source>With --script in flexible mode: start although the gate or checklist is not met, for this logged reason.</source>
        <translation>Med --script i flexibelt läge: starta trots att spärren eller checklistan inte är uppfylld, med det här loggade skälet.</translation>
    </message>
    <message>
        <source>With --script on a follow-up: resume at milestone N, or &quot;decision&quot; to jump to the decision.</source>
        <translation>Med --script vid en uppföljning: återuppta vid milstolpe N, eller &quot;decision&quot; för att hoppa till beslutet.</translation>
    </message>
    <message>
        <source>--script needs a script name, e.g. default</source>
        <translation>--script kräver ett manusnamn, t.ex. default</translation>
    </message>
    <message>
        <source>--mode must be strict or flexible, not &quot;%1&quot;</source>
        <translation>--mode måste vara strict eller flexible, inte &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--client-count needs a whole number of clients, e.g. 620</source>
        <translation>--client-count kräver ett heltal (antal kunder), t.ex. 620</translation>
    </message>
    <message>
        <source>--checklist takes all or item ids like 1,2,3, not &quot;%1&quot;</source>
        <translation>--checklist tar all eller punkt-id:n som 1,2,3, inte &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--resume takes a milestone number or &quot;decision&quot;, not &quot;%1&quot;</source>
        <translation>--resume tar ett milstolpsnummer eller &quot;decision&quot;, inte &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A call with --script needs the database, which is not open.</source>
        <translation>Ett samtal med --script kräver databasen, men den är inte öppen.</translation>
    </message>
    <message>
        <source>Prospect %1</source>
        <translation>Prospekt %1</translation>
    </message>
    <message>
        <source>follow-up call %1 of %2&apos;s thread; resuming at %3</source>
        <translation>uppföljningssamtal %1 i tråden för %2; återupptas vid %3</translation>
    </message>
    <message>
        <source>script run %1 for %2 (%3 mode)</source>
        <translation>manusgenomgång %1 för %2 (läge: %3)</translation>
    </message>
    <message>
        <source>the call is blocked: %1</source>
        <translation>samtalet är spärrat: %1</translation>
    </message>
    <message>
        <source>gate overridden: %1</source>
        <translation>spärren åsidosattes: %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>öppen</translation>
    </message>
    <message>
        <source>objection %1 at M%2 — %3</source>
        <translation>invändning %1 vid M%2 — %3</translation>
    </message>
    <message>
        <source>%1 — completed (%2/%3)</source>
        <extracomment>Progress line of `call --script`: &quot;M2 Current State Mapping — completed (2/7)&quot;.</extracomment>
        <translation>%1 — slutförd (%2/%3)</translation>
    </message>
    <message>
        <source>%1 — skipped: %2</source>
        <translation>%1 — överhoppad: %2</translation>
    </message>
    <message>
        <source>%1 — started</source>
        <translation>%1 — startad</translation>
    </message>
    <message>
        <source>decision: %1</source>
        <translation>beslut: %1</translation>
    </message>
    <message>
        <source>script run %1 %2: %3/%4 milestones done, last %5%6</source>
        <translation>manusgenomgång %1 %2: %3/%4 milstolpar klara, senaste %5%6</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>, decision %1</source>
        <translation>, beslut %1</translation>
    </message>
</context>
<context>
    <name>calldeck::sandbox</name>
    <message>
        <source>Unknown persona outcome &quot;%1&quot;.</source>
        <translation>Okänt utfall för persona: &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>calldeck::sandbox::Persona</name>
    <message>
        <source>The sandbox line has no persona named &quot;%1&quot;.</source>
        <translation>Sandlådelinjen har ingen persona med namnet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The persona file &quot;%1&quot; is not valid JSON: %2</source>
        <translation>Personafilen &quot;%1&quot; är inte giltig JSON: %2</translation>
    </message>
    <message>
        <source>The persona &quot;%1&quot; has no E.164 number.</source>
        <translation>Personan &quot;%1&quot; har inget E.164-nummer.</translation>
    </message>
    <message>
        <source>The persona &quot;%1&quot; answers but has no greeting.</source>
        <translation>Personan &quot;%1&quot; svarar men har ingen hälsningsfras.</translation>
    </message>
</context>
<context>
    <name>calldeck::sandbox::SandboxMediaClient</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>inget svar inom %1 s</translation>
    </message>
</context>
<context>
    <name>calldeck::sandbox::SandboxTwiml</name>
    <message>
        <source>The call instructions (TwiML) must start with &lt;Response&gt;, not &lt;%1&gt;.</source>
        <translation>Samtalsinstruktionerna (TwiML) måste börja med &lt;Response&gt;, inte &lt;%1&gt;.</translation>
    </message>
    <message>
        <source>The &lt;Stream&gt; in the call instructions has no url.</source>
        <translation>&lt;Stream&gt; i samtalsinstruktionerna saknar url.</translation>
    </message>
    <message>
        <source>The &lt;Stream&gt; url &quot;%1&quot; is not a wss:// address (error 31922).</source>
        <translation>&lt;Stream&gt;-url:en &quot;%1&quot; är inte en wss://-adress (fel 31922).</translation>
    </message>
    <message>
        <source>The call instructions (TwiML) are not valid XML: %1 (line %2).</source>
        <translation>Samtalsinstruktionerna (TwiML) är inte giltig XML: %1 (rad %2).</translation>
    </message>
    <message>
        <source>The call instructions (TwiML) have no &lt;Response&gt;.</source>
        <translation>Samtalsinstruktionerna (TwiML) saknar &lt;Response&gt;.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop operator console for phone calls</source>
        <translation>Operatörskonsol för telefonsamtal på skrivbordet</translation>
    </message>
    <message>
        <source>Save screenshots of the main window and dialogs into &lt;dir&gt;, then quit. Also read from CALLDECK_SCREENSHOT_DIR.</source>
        <translation>Spara skärmbilder av huvudfönstret och dialogrutorna i &lt;katalog&gt; och avsluta sedan. Läses även från CALLDECK_SCREENSHOT_DIR.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>katalog</translation>
    </message>
    <message>
        <source>CallDeck cannot start</source>
        <translation>CallDeck kan inte starta</translation>
    </message>
    <message>
        <source>CallDeck could not open its database:
%1

%2

Check that the folder exists and is writable, or point CALLDECK_DATA_DIR at another folder.</source>
        <translation>CallDeck kunde inte öppna sin databas:
%1

%2

Kontrollera att mappen finns och är skrivbar, eller låt CALLDECK_DATA_DIR peka på en annan mapp.</translation>
    </message>
    <message>
        <source>Calls are unavailable: %1</source>
        <translation>Samtal är inte tillgängliga: %1</translation>
    </message>
    <message>
        <source>A tel: link or phone number to put into the manual call form.</source>
        <translation>En tel:-länk eller ett telefonnummer att lägga i formuläret för manuellt samtal.</translation>
    </message>
    <message>
        <source>CallDeck is already running for this data folder but does not respond:
%1

Close it, or point CALLDECK_DATA_DIR at another folder.</source>
        <translation>CallDeck körs redan för den här datamappen men svarar inte:
%1

Stäng det, eller peka CALLDECK_DATA_DIR på en annan mapp.</translation>
    </message>
</context>
</TS>
