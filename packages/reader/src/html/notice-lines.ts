import { LATER_NOTICE_LINES } from './notice-lines-later.js';

/**
 * Furniture lines of rounds 43 (after batches 72, 73, 75, 78, 79, 81, 85 and 86) and 44 (after batches 88, 90, 93, 97, 98 and 99), by
 * their whole text, read with the other furniture lines (furniture-lines.ts): the notices a site sets over or under a text, a wire
 * story's credits, a Q&A site's counters.
 */
export const NOTICE_LINES: readonly RegExp[] = [
  // notices over a text (round 43, after batches 72, 73 and 75): its age ("Heads up! This post is over 3 years old; ..."), an old
  // version of the docs ("You are not reading the most recent version of this documentation."), a spoiler warning, a metered
  // paywall's count ("You've read 9 articles in the last year")
  new RegExp(
    String.raw`^(?:heads up!?\s*|note:?\s*)?this (?:blog post|post|article|page|story|entry) is (?:over|more than|older than) ` +
      String.raw`(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten) years? old` +
      // (and what follows from it, "; some information may be out of date")
      String.raw`(?:[.;,:]?\s*(?:some|parts|the information|information|details|links|content)\b[^.!?]{0,80}[.!]?)?\s*$`,
    'i',
  ),
  /^(?:note:?\s*)?you are not reading the (?:most recent|latest) version of (?:this|the) documentation\b.{0,120}$/i,
  new RegExp(
    String.raw`^(?:spoiler warning!?\s*)?(?:this|the following) (?:article|page|section) (?:contains|may contain|includes) ` +
      String.raw`(?:major |minor |significant )?(?:plot details|spoilers)\b.{0,120}$`,
    'i',
  ),
  /^spoiler warning!?$/i,
  /^you[’']ve read \d+ (?:free )?articles? (?:in|this) (?:the )?(?:last |past )?(?:year|month|week)\b.{0,60}$/i,
  // a disclosure of affiliate links inside its first sentences ("We include products ... If you buy through links on this page, we may
  // earn a small commission.")
  new RegExp(
    String.raw`^(?=.{0,400}$).*\b(?:if|when) you (?:buy|purchase|shop|book|click|order)\b[^.!?]{0,60}\b(?:links?|retailers?)\b[^.!?]{0,60}` +
      String.raw`\bwe (?:may |might |could |can )?(?:earn|receive|get) (?:a |an )?(?:small |affiliate |modest )?(?:commission|share|compensation|fee)`,
    'i',
  ),
  // a sponsor line over a story (the New York Times's "Supported by"), a wire story's source line (CNN's "Lisbon, Portugal CNN —"), a
  // photo's caption by its agency credit ("... (AP Photo/Gina Castellano, File)"), the agency's hub line ("Follow AP's coverage of ...")
  /^supported by$/i,
  // (any outlet's short name in capitals: "Ostrava Creek, North Dakota CNB —"; round 44, after batch 114)
  /^\p{Lu}[\p{L} .,'’-]{1,60}\s(?:\p{Lu}{2,6}|CNN Business|AFP|Reuters)\s?[—–-]+$/u,
  /\((?:AP|AFP|Reuters|EPA|Getty Images?|PA) Photo\/[^)]{1,60}\)$/,
  /^follow (?:ap|reuters|afp|our)['’]?s? coverage (?:of|on) .{1,100}(?:at|:) (?:https?:\/\/)?\S+$/i,
  // a Q&A site's counters without a number and its list of other answers (Quora's "View upvotes", "More answers below")
  /^[·•|\s]*view (?:upvotes|shares|voters)[·•|\s]*$/i,
  /^more answers below$/i,
  // (after batches 78 and 79) a docs version's banner ("Kubernetes v1.29 documentation is no longer actively maintained", "The version
  // you are currently viewing is a static snapshot."), a tabloid's call for tips ("We pay for your stories!", "Email us at ... or call
  // ..."), a story's first publisher ("This article was originally published by ..."), an audio offer ("You can now listen to Fox News
  // articles!"), a co-reporting line and an agency's source line ("Contributing: Sam Ortiz, ...", "Source: CNA/lw(ac)"), a trademark notice
  /^.{0,80}\bdocumentation (?:is|which is) no longer (?:actively )?maintained\.?$/i,
  /^the version you are (?:currently )?viewing is a static snapshot\b.{0,120}$/i,
  /^we pay for (?:your )?(?:stories|videos|pictures|photos)(?: too)?!?$/i,
  /^(?=.{0,250}$)e-?mail us at\b.*\b(?:call|whatsapp|phone)\b/i,
  new RegExp(
    String.raw`^(?:this|the) (?:article|story|post|piece) (?:was |is )?(?:originally|first) (?:published|appeared) (?:by|in|on|at) ` +
      String.raw`[^.!?,;]{1,120}(?:,\s*(?:a|an|the) [^.!?]{1,120})?\.?$`,
    'i',
  ),
  /^(?:new:?\s+)?you can now listen to\b.{0,60}\b(?:articles|stories)!?$/i,
  /^[Cc]ontributing:\s*\p{Lu}.{0,120}$/u,
  /^[Ss]ource:\s*\p{Lu}[\p{L}]{1,20}(?:\s*\/\s*[\p{L}()]{1,12})+$/u,
  /^(?=.{0,300}$).{0,120}\bare (?:registered )?trademarks (?:or registered trademarks )?of\b.*$/i,
  // (after batch 81) a Q&A site's helpfulness count ("5 people found this answer helpful."), Hacker News's banner over its pages
  /^\d[\d,]* (?:people|persons?|users?|members?) found this (?:answer|reply|post|comment|article) helpful\.?$/i,
  /^applications are open for yc (?:winter|spring|summer|fall) \d{4}$/i,
  // (after batch 85) a content warning over a story, an opinion desk's disclaimer, a wire release's "FOR IMMEDIATE RELEASE", an update
  // note over a post, a wiki's stub notice, a docs page's preview notice, a thread's archived or locked notice
  /^(?:content )?warning:\s*this (?:story|article|post|page|episode|video) (?:contains|includes|discusses|mentions)\b.{0,120}$/i,
  /^the views expressed (?:in this (?:article|piece|post|column|op-ed) )?are (?:the author['’]s own|those of the authors?)\b.{0,160}$/i,
  /^for immediate release:?$/i,
  // (a bulleted amendment note under a story too: the Guardian's "• This article was amended on 13 November 2025. An earlier version
  // said ..."; round 44, after batch 88)
  // (or the date month first and the reason after it: "This post was updated on October 15, 2025 to correct the default value of ...";
  // round 52, after batch 143)
  new RegExp(
    String.raw`^(?=.{0,300}$)(?:[•*]\s*)?this (?:post|article|page|story|guide) was (?:last )?(?:updated|amended|corrected) on ` +
      String.raw`(?:\d{1,2} \p{L}+ \d{4}|\p{L}+ \d{1,2},? \d{4})(?:\.(?:\s.*)?| to (?:correct|reflect|clarify|add|include|update|fix|remove|note)\b.*)$`,
    'iu',
  ),
  /^this (?:article|page) is a stub\b.{0,120}$/i,
  /^(?=.{0,300}$)this feature is (?:in (?:limited availability|(?:private |public )?preview|beta)|currently in (?:beta|preview))\b.*$/i,
  /^preview features may change\b.{0,160}$/i,
  /^(?:archived|locked) post\. new comments cannot be posted\b.{0,60}$/i,
  // (after batch 86) a help centre's closing offer ("We're here to help you.") and its plan label
  /^we[’']re here to help(?: you)?[.!]?$/i,
  /^plan availability:?$/i,
  // (round 44, after batch 88) a breaking story's notice ("This is a developing story. Please check back for updates."), a wire
  // story's label over its topic links
  new RegExp(
    String.raw`^(?:this is an? (?:developing|breaking)(?: news)? story|this (?:story|article) is (?:still )?(?:developing|breaking))\b` +
      String.raw`[^.!?]{0,80}[.!]?(?:\s*(?:please )?(?:check|come) back (?:later |soon )?for (?:updates|more)\b.{0,40})?$`,
    'i',
  ),
  /^suggested topics:?$/i,
  // (after batch 104) notices that open a text: a series note, a guest post's note, a newsletter's welcome, a docs page's
  // work-in-progress note, a sort menu's reset
  /^this (?:story|article|piece|post|essay) is part of (?:our|an ongoing) (?:[\p{L}-]+ )?(?:series|package|project|collection)\b.{0,200}$/iu,
  /^this is a guest post (?:by|from)\b.{0,200}$/i,
  /^welcome to the [\d,]+ new (?:subscribers|readers|members)\b.{0,200}$/i,
  /^this (?:page|article|guide|document|section) is (?:a )?(?:work in progress|under construction|incomplete)\b.{0,200}$/i,
  /^reset to default$/i,
  // (after batch 105) notices that close a text: a correction note, a tip jar's call, Google DevSite's collection prompt
  new RegExp(
    String.raw`^this (?:story|article|post) has been (?:corrected|updated|clarified) (?:to (?:reflect|correct|clarify|show|note|include|remove)` +
      String.raw`|with (?:additional|new|more|the latest) (?:information|details|reporting))\b.{0,200}$`,
    'i',
  ),
  /^if you (?:enjoyed|liked|found value in|appreciate)\b.{0,80}\b(?:buy(?:ing)? me a coffee|ko-?fi|patreon|tip jar)\b.{0,120}$/i,
  /^stay organized with collections$/i,
  /^save and categorize content based on your preferences\.?$/i,
  // (after batch 110) a newsletter's sponsor block, a community thread's copy links and loading line
  /^sponsor:?$/i,
  /^this (?:issue|newsletter|edition|episode|email) is (?:supported|sponsored|brought to you|made possible) by\b.{0,200}$/i,
  /^view in context$/i,
  /^loading page content\.?$/i,
  // (after batch 111) a forum's guest prompt (NodeBB's "Hello! It looks like you're interested in this conversation, but you don't
  // have an account yet. ..."), a breaking label, a desk's line on its writer ("Colm Farrelly covers energy ... for the Climate desk.")
  /^hello!? it looks like you[’']re interested in this conversation\b.{0,200}$/i,
  /^breaking(?: news)?:?$/i,
  // (after batch 114) an audio player's narrator line, a call to follow the paper on Google News
  /^narrated by\b.{1,60}$/i,
  // (after batch 115) notices that open a text: an affiliate note, a forwarded newsletter's line, a deprecation note, an applicability
  // line, Stack Exchange's protection notice, GitHub's converted-discussion line
  /^(?:note:\s*)?this (?:post|article|page|review|guide) (?:may )?contains? affiliate links\b.{0,200}$/i,
  /^if (?:this|this email|this newsletter) was forwarded to you\b.{0,160}$/i,
  // (or asked: "Forwarded this by a friend? You can subscribe here ...", "Was this forwarded to you? Sign up ..."; round 55, after
  // batch 155)
  /^(?:forwarded this(?: email| newsletter)? (?:by|from) a friend|was this (?:email |newsletter )?forwarded to you)\?.{0,160}$/i,
  /^this (?:feature|api|endpoint|method|option|function|setting|integration) is deprecated\b.{0,200}$/i,
  /^this (?:article|page|feature) applies to:?\s.{1,120}$/i,
  /^highly active question\.\s.{0,220}$/i,
  /^this discussion was converted from issue #\d+\b.{0,60}$/i,
  /^(?:want more (?:stories|news|articles) like this\?\s*)?follow us on google news\b.{0,60}$/i,
  /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3} (?:covers|reports on|writes about) [^.!?]{3,120} for (?:the )?[\p{L} ]{2,40} (?:desk|section|team)\.$/u,
  // (after batch 93) a thread's locked notices: new Reddit's under a comment, GitHub's event line
  /^comment locked by (?:the )?moderators?\.?$/i,
  /^\S{1,40} locked (?:as (?:resolved|off-topic|too heated|spam) and )?limited conversation to collaborators\b.{0,40}$/i,
  // (after batch 99) an old version's banner over the docs ("This document is for an insecure version of Django that is no longer
  // supported. Please upgrade to a newer release!")
  /^this (?:document|page|documentation) is for an? (?:insecure|unsupported|old|older|outdated|previous|development|unreleased) version of\b.{0,160}$/i,
  /^ALT$/, // the badge a social app sets on an image with alt text (Bluesky, Mastodon; round 27)
  // (round 56, after batch 146's subSilver topic) phpBB's time zone line ("All times are UTC - 5 hours") and the header row of its posts'
  // table ("Author Message")
  /^(?:all times are (?:utc|gmt)(?:\s?[+-]\s?\d{1,2}(?:[.:]\d{1,2})? hours?)?(?: \[ ?dst ?\])?|author message)$/i,
  // (round 57, after batch 162's Godot page) a docs branch's banner ("This is the latest (unstable) version of this documentation, which
  // may document features not available in ...", Read the Docs' "You are not reading the most recent version of this documentation.")
  // and the line its script fills ("Checking the stable version of the documentation...")
  /^this is the (?:latest|development|dev|unstable|unreleased|nightly|preview)(?: \(\w+\))? version of (?:this|the) documentation\b.{0,200}$/i,
  new RegExp(
    String.raw`^you are (?:not )?(?:reading|viewing) (?:the most recent|an? (?:old|older|outdated|development|unreleased)) ` +
      String.raw`version of (?:this|the) documentation\b.{0,200}$`,
    'i',
  ),
  /^checking the (?:stable|latest) version of the documentation\W{0,3}$/i,
  // (round 57, after batch 161's ZDNET story) a related headline between paragraphs ("Also: The best Windows laptops you can buy"),
  // (after batch 160) a broadcaster's podcast promo closing a story ("Want a quick and expert briefing on the biggest news stories? Listen
  // to our latest podcasts ..."), a fact-checker's membership ask ("Snopes is independent and reader-supported.")
  /^[Aa]lso: \p{Lu}[^.!]{5,120}$/u,
  /^(?:want|looking for) (?:a |an |the )?(?:quick|daily|weekly|expert)[^.?!]{0,60}\? (?:listen to|subscribe to|sign up for|follow) our\b.{0,120}$/i,
  /^[\p{L}.'’ ]{2,40} is (?:independent and )?reader-supported\.?$/iu,
  // (after batch 160's Korea Herald story) a writer's e-mail address as the story's last line ("kimjh@heraldcorp.com")
  /^(?:e-?mail:? )?[\w.+-]{1,40}@[\w-]{1,40}(?:\.[\w-]{1,20}){1,4}$/i,
  // (round 58, after batch 166's Fortune story) an event promo closing a story ("Join us at the Fortune Brainstorm Finance summit June
  // 9–10, 2026, in Montauk, New York. ... Register now.")
  new RegExp(
    String.raw`^join us (?:at|for) (?:the |our )?[^.!?]{3,80}\b(?:summit|conference|festival|forum|event|live)\b.{0,300}` +
      String.raw`\b(?:register|get (?:your )?tickets) (?:now|here|today)\.?$`,
    'i',
  ),
  // (round 59, after batch 172's MinnPost story) a desk's funder line ("MinnPost’s Greater Minnesota coverage is made possible by a grant
  // from the Blandin Prairie Fund.")
  new RegExp(
    String.raw`^(?!.*\b(?:said|says|told|according to)\b)[^.!?]{3,80} coverage(?: of [^.!?]{2,60})? (?:is|was) (?:made possible|supported|funded) ` +
      String.raw`(?:in part )?by (?:a )?` +
      String.raw`(?:grants?|support|funding) from\b[^!?]{2,160}$`,
    'i',
  ),
  // (after batch 173's engineering blogs) the hiring line a company blog closes its posts with ("If building systems ... interests you,
  // ... Visit our Engineering career page ...", "If this type of work interests you, check out some of our related positions:") and a
  // brands notice; (after batch 172) a podcast plug's line ("Listen to “It’s All Good: A Block Club Chicago Podcast”:"); (after batch
  // 175) a reference site's subscription notice; (after batch 177) a marketplace's seller badge ("This seller consistently earned ...")
  new RegExp(
    String.raw`^(?!.*\b(?:said|says|told)\b)if (?:this|building|working on|solving)\b[^.!?]{0,140} interests? you,.{0,300}` +
      String.raw`\b(?:positions|roles|openings|careers?|jobs|hiring)\b.{0,120}$`,
    'i',
  ),
  /^all product names, logos,? and brands are (?:the )?property of their respective owners\b.{0,200}$/i,
  /^listen to [“"][^”"]{3,80}[”"]:?$/i,
  /^access to the (?:complete|full) content on [^.!?]{2,60} requires a subscription\b.{0,300}$/i,
  /^(?:star seller\.? )?this seller consistently earned 5-star reviews\b.{0,200}$/i,
  // (round 60, after batch 178's agency stories) a wire desk's lines: its editor and reporter ("[Editor: huaxia]", "Reporter: Kornelis
  // Kaha"), its sign-off ("-- BERNAMA", "(END)"), a related headline ("Related news: ..."), a subscribers' notice
  // (and a proposal's "Authors: ..." and "Champions: ..." items, round 61, after batch 187's TC39 README)
  new RegExp(
    String.raw`^\[?(?:[Ee]ditors?|[Rr]eporters?|[Tt]ranslat(?:or|ion)|[Ee]dited by|[Rr]eporting by|[Aa]uthors?|[Cc]hampions?|[Mm]aintainers?)` +
      String.raw`\s?:\s?\p{L}[\p{L}\p{N} .,'’&()-]{0,60}\]?$`,
    'u',
  ),
  /^(?:(?:--|—|–)\s?\p{Lu}{2,12}|\((?:END|end)\))$/u,
  /^related (?:news|stor(?:y|ies)|articles?|coverage):\s\S[^.!?]{3,150}$/i,
  /^[\p{L} ]{2,40} website contains only a portion of the news stories offered to (?:its )?subscribers\b.{0,200}$/iu,
  // (after batch 183's Project Gutenberg book) a transcriber's note over an old text
  /^transcriber['’]s notes?:? .{10,220}$/i,
  // (after batch 175's New Advent page) a reference work's ready-made citations ("APA citation. Benigni, U. (1912). ...")
  /^(?:apa|mla|chicago|harvard)(?: style)? citation[.:] .{10,220}$/i,
  // (after batch 171's edX page) a course page's archive notice ("After a course session ends, it will be archived.")
  /^after (?:a|the|this) course (?:session|run) ends,? it will be archived\.?$/i,
  // (after batch 164's MHonArc page) a mail archive's sender line ("From: Greta Lindahl <greta@kestrelhost.example>")
  // (round 61, after batch 187's CPAN page) or a name and address alone, a module's AUTHOR line ("Sindre Ulvik <sulvik@cpan.example>")
  /^(?:from: )?[^<>@]{1,60} <[^<>\s]{1,60}@[^<>\s]{1,60}>$/i,
  // (round 62, after batch 192's Medical Xpress story and 194's Granta piece) a press office's credit under a story ("Provided by Harwick
  // Children's Hospital"), a translator's line
  /^[Pp]rovided by \p{Lu}[^.!?,;:]{2,80}$/u,
  /^[Tt]ranslated (?:from (?:the )?\p{Lu}\p{L}+ )?by \p{Lu}[\p{L}'’.-]+(?: (?:and )?\p{Lu}[\p{L}'’.-]+){0,4}\.?$/u,
  // (round 63, after batch 201's BoardGameGeek page) the source of a quoted description ("—description from the publisher")
  /^[—–-]\s?description from the (?:publisher|manufacturer|designer|author|distributor)\.?$/i,
  // (round 64, after batches 205 and 207) a mail archive's thread links ("Previous message (by thread): ..."), a digest's submission
  // line ("Send Fellwalkers mailing list submissions to ..."), a support forum's jump to its accepted answer ("Go to Solution.")
  /^(?:previous|next) message(?: \(by (?:thread|date|subject|author)\))?:\s.{1,150}$/i,
  /^send [\p{L}\p{N} ._-]{1,60} mailing list submissions to\b.{1,200}$/iu,
  /^go to solution\.?$/i,
  // (round 61, after batch 187's HTML standard) MDN's support note beside a spec's section
  /^support in (?:all current engines|one engine only|no current engines)\.?$/i,
  // (after batch 97) a clinic's stock line under an image, a state page's label over its agency
  /^image content: this image is available to view online\.?$/i,
  /^offered by:?$/i,
  // (after batch 98) a paper's note that a story is free to read, a live blog's standing line
  /^this (?:article|story) is free to read (?:as part of|because of|for)\b.{0,160}$/i,
  /^(?:the )?\p{Lu}[\p{L}’' ]{1,40} is liveblogging\b.{0,80}$/u,
  // a news site's trust link ("Why you can trust Sky News"), a wire sign-off's helpers ("— With assistance from Tom Whitaker")
  /^[Ww]hy you can trust (?:the )?\p{Lu}[\p{L}’' ]{1,40}$/u,
  /^[—–-]\s*with assistance (?:from|by)\b.{1,120}$/i,
  // (after batch 90) a how-to's co-author line (wikiHow's "Co-authored by: ...") and its view count
  /^co-?authored by:?\s.{1,80}$/i,
  /^this (?:article|page|post|guide) has been viewed [\d,.]+ times\.?$/i,
  // (round 50, after batches 136 and 138) an opinion desk's disclaimer in its other form ("This column reflects the personal views of
  // the author and does not necessarily reflect the opinion of the editorial board ..."), a columnist's bio closing a column ("Harriet
  // Kessel is a Bloomberg Opinion columnist covering commodities and mining. She previously ran ..."; an old tutorial's version notice
  // is among the long notices, furniture-lines.ts)
  new RegExp(
    String.raw`^(?=.{0,320}$)(?:this|the) (?:column|article|piece|post|op-ed|commentary|essay|story) (?:reflects|represents|contains|expresses) ` +
      String.raw`the (?:personal )?(?:views|opinions?) of (?:the|its) (?:authors?|writers?|contributors?)\b.*$`,
    'i',
  ),
  new RegExp(
    String.raw`^(?=.{0,320}$)\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3} is an? (?:[\p{L}-]+ ){0,4}` +
      String.raw`(?:columnist|writer|reporter|editor|correspondent|contributor|journalist|critic)s? ` +
      // (what the beat is, or a second sentence on the writer: "Tom Hardy is a reporter for the Echo who was arrested ..." is a story)
      String.raw`(?:(?:for|at|with) [^.!?]{1,80}, (?:writing|reporting) (?:about|on)\b[^.!?]{1,120}\.|covering\b[^.!?]{1,160}\.` +
      String.raw`|(?:for|at|with)\b[^.!?]{1,160}\.(?=\s(?:[Ss]he|[Hh]e|[Tt]hey) (?:previously|formerly|also|lives?|joined|ran|worked|covered|wrote` +
      String.raw`|(?:was|is|has|had) (?:previously|formerly|the author|written|worked|covered|been an?))\b))(?:\s.*)?$`,
    'u',
  ),
  // (round 52, after batch 144) a docs page's version history line ("Introduced in GitLab 17.9.", "Time zone selection added in GitLab
  // 18.1."): when the feature came, not what it does
  new RegExp(
    String.raw`^(?=.{0,100}$)(?:[\p{L}-]+(?: [\p{L}-]+){0,5} )?(?:introduced|added|removed|deprecated|changed|enabled|disabled|renamed|moved` +
      // (not "Added in version 3.8.": Python's and NumPy's docs set that line in the body, and their pages' golds read it as body)
      String.raw`|generally available) in (?!version\b)\p{L}[\p{L}.-]*(?: \p{L}[\p{L}.-]*)? v?\d+(?:\.\d+)+\.?$`,
    'iu',
  ),
  // (round 53, after batch 148) a wire credit under a story ("Some information for this report came from Reuters.") and a reporter's
  // contact line ("Stateline reporter Joanna Kestrel can be reached at jkestrel@stateline.example.")
  new RegExp(
    String.raw`^(?:[Ss]ome |[Aa]dditional )?(?:[Ii]nformation|[Mm]aterial|[Rr]eporting) (?:for|in) this (?:report|story|article) ` +
      String.raw`(?:came|comes|was taken) from (?:the )?\p{Lu}[^,.!?]{1,60}(?:,? and (?:the )?\p{Lu}[^,.!?]{1,60})?\.?$`,
    'u',
  ),
  /^(?=.{0,200}$).{0,60}\b(?:reporter|writer|editor|correspondent|columnist)\b.{1,60}\bcan be reached at\b.*$/i,
  // (round 66, after batch 209) a site's pointer to its own guide over a post ("New to renting with us? Read our full Tenant Guide ...")
  /^new to [^?]{1,40}\? (?:read|see|check out|start with|visit|take a look at) our .{1,120}$/i,
  // (round 66, after batch 213's Wikimedia Diff post) a blog's call for translators over or under each post
  /^can you help us translate this (?:article|post|page)\?$/i,
  /^in order for this (?:article|post|page) to reach as many people as possible\b.{0,160}$/i,
  // (round 66, after batch 211's Nexus Mods page) a mod site's permission lines under "Permissions and credits"
  new RegExp(
    String.raw`^(?:other user['’]s assets (?:all|some|none) (?:of )?the assets in this file` +
      String.raw`|(?:upload|modification|conversion|asset use|commercial use) permission (?:you|in mods)).{0,200}$`,
    'i',
  ),
  ...LATER_NOTICE_LINES,
];

/** Notices longer than a line (up to furniture-lines.ts's LONG_NOTICE_MAX_CHARS), spread into its LONG_NOTICES. */
export const LONG_NOTICE_LINES: readonly RegExp[] = [
  // (round 61, after batch 187's RFC) an RFC's licence boilerplate, after its copyright line
  /^this document is subject to BCP 78 and the IETF Trust['’]s Legal Provisions\b.{0,340}$/i,
  // (round 62, after batch 192's Cochrane summary) a ready-made citation that opens with its authors as "Surname AB," (Vancouver style)
  new RegExp(
    String.raw`^(?:\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)? \p{Lu}{1,3}, ){2,}\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)? \p{Lu}{1,3}(?:, et al)?\. .{10,380}$`,
    'u',
  ),
  // (round 66, after batch 211's Game Developer postmortem) a series' note on itself over each of its pieces ("Game Developer Deep
  // Dives are an ongoing series with the goal of shedding light on ...")
  new RegExp(
    String.raw`^(?:\p{Lu}[\p{L}'’&-]*\s+){1,6}(?:is|are) an? (?:ongoing|regular|weekly|monthly|occasional) series ` +
      String.raw`(?:with the (?:goal|aim) of|that|which|in which|where|about|exploring|looking at)\b.{10,300}$`,
    'u',
  ),
];
