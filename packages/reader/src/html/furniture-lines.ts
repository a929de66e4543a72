import { squash, type DomElement } from './dom.js';
import { MOBILE_SIGNATURE } from './mail-signatures.js';
import { LONG_NOTICE_LINES, NOTICE_LINES } from './notice-lines.js';
import { PRODUCT_LINES } from './product-cards.js';

/** Furniture lines by their whole text (bylines, credits, share lines, counters, banners, prompts, notes), each with its round (clean.ts). */
const TEXT_PATTERNS: readonly RegExp[] = [
  // byline (no final stop): the name capitalized ("By default requests are grouped ..." is no byline; round 22: the `i` flag had
  // made \p{Lu} match any letter)
  /^(?:[Bb][Yy]|(?:[Ww]ords|[Ww]ritten|[Rr]eporting|[Ss]tory|[Pp]osted|[Tt]ext|[Aa]rticle|[Ii]nterview) [Bb]y)\s+\p{Lu}.{0,160}[^.!?]$/u,
  /^(?:prepared|compiled) by (?:the\s+)?\p{L}[^.!?]{0,100}$/iu, // a report's byline ("Prepared by the survey working group, 3 February 2025")
  // a credit line of a site page (Jimdo's "Text: Margaret Elkin, Trust archivist"; round 28)
  /^(?:[Tt]ext|[Ww]ords)\s*:\s*\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,3}(?:,[^.!?]{0,60})?$/u,
  // a co-reporting line closing a story (CBC's "With files from Jonas Lindgren", "Additional reporting by ..."; round 25)
  /^(?:[Ww]ith (?:files|reporting) from|[Aa]dditional reporting by) \p{Lu}[^.!?]{0,120}\.?$/u,
  // the affiliate-link disclosure blogs put above a post ("This post may contain affiliate links. ...")
  /^(?:this (?:post|article|page|site|recipe) (?:may )?contains? affiliate links|as an amazon associate,? i earn)\b/i,
  /^a note to (?:our|my) readers:.{0,120}\baffiliate\b/i, // Smithsonian's form of the same disclosure (round 23)
  /^[—–]\s?\p{Lu}[\p{Ll}'’.-]+(?: \p{Lu}[\p{Ll}'’.-]+)?$/u, // a letter's sign-off line, a dash and a name ("— Priya"; round 23)
  /^[—–]\s?@?[\p{Ll}\d_][\p{L}\d_.-]{2,30}$/u, // (or a handle: IMDb's "—fennelfilmnotes" under a plot summary; round 44)
  // the same disclosure as a commission note (round 11: "Wanderlore may earn a commission when you book through links on this page")
  new RegExp(
    String.raw`^(?:we|\p{Lu}[\p{L}'’&.-]*(?: \p{Lu}[\p{L}'’&.-]*){0,3}) (?:may |might |can )?(?:earn|receive|get) ` +
      String.raw`(?:a )?(?:small )?(?:commission|share of (?:the )?sales)\b`,
    'u',
  ),
  // a health page's review line, with or without the reviewer ("Medically Reviewed.", "Medically reviewed by Dana Ruiz, MD";
  // round 47, after batch 133's Cleveland Clinic page): a byline of the page
  /^(?:[Mm]edically|[Cc]linically|[Ee]xpert|[Ff]act)[- ](?:[Rr]eviewed|[Cc]hecked)(?: [Bb]y \p{Lu}.{0,120})?\.?$/u,
  /^applies to\s*:\s*\S/i, // a docs page's applicability line (Microsoft Learn's "Applies to: Windows Server 2022, ..."; round 11)
  new RegExp(
    '^(?:published|updated|posted|submitted|revised|edited|modified|launched(?: on)?|added on|issued at' +
      '|(?:issue|merge request|pull request|topic|question) (?:created|opened)' +
      '|(?:page |media )?last (?:updated|modified|edited|revised|reviewed)|(?:next |media )?review due|(?:latest|last) (?:comment|reply|post|activity):?' +
      String.raw`|first published)\b(?=.{0,80}$)(?=.*(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ago` +
      '|yesterday|today))',
    'i',
  ),
  new RegExp(
    String.raw`^share(?: this(?: article| story| post| page)?)?(?: on| via)?\s*:?(?:\s+(?:facebook|twitter|x|email` +
      String.raw`|e-mail|linkedin|whatsapp|reddit|copy link|messenger|pinterest|print))+\s*$`,
    'i',
  ),
  new RegExp(
    // ("see also" and its links, not a sentence that goes on with a verb: "See also Onion white rot, which has not reached our beds";
    // round 42, after batch 61's TiddlyWiki page)
    String.raw`^(?:advertisement|sponsored|skip to (?:main )?content|skip past (?:the )?(?:newsletter|ad|advert|promotion)|jump to\b` +
      String.raw`|back to top|read more|(?:top|bottom) of page$` + // (Wix's scroll anchors, a page's first and last lines: round 120)
      String.raw`|see also(?![^.!?]*\b(?:which|who|that|is|are|was|were|has|have|had)\b)` +
      String.raw`|(?:return|back) to (?:the )?full list|(?:show|load|view|see) (?:more|all|older) (?:notes|entries|messages)$` +
      // a card's or a quick view's link to its item (Shopify Dawn's "View full details", "See details"; round 151, after batch 608)
      String.raw`|(?:view|see) (?:full |more )?details$` +
      String.raw`|more on this story|related (?:stories|articles|posts|topics|questions)|\d+ languages$` +
      // a player's and an embed's loading lines (round 19, after batch 20's regional story and HuffPost page)
      String.raw`|video (?:loading|unavailable)$|the video will start in \d+$|loading error loading$|feature state(?=:(?:[^.!?]|\.(?=\S))*$))\b`,
    'i',
  ),
  /^(?:image|photo|photograph|picture|video|graphic)(?: credit| source| caption)?\s*[:,]/i,
  /^(?:(?:our standards|editorial standards|corrections policy)\b|(?:find out|learn|discover|read|see) more\s*[→›»>]*$)/i, // "Find out more →": r. 111
  new RegExp(
    String.raw`^(?:(?:view|show|see|load|read)\s+(?:all\s+)?|all\s+)?(?:[\d.,]+[km]?\s+(?:more\s+)?(?:replies|reply|likes?` +
      String.raw`|views?|comments?|shares?|votes?|answers?|points?|followers?|posts?|posters?|users?|links?|read` +
      String.raw`|people in discussion|participants)\s*[·•|]?\s*)+$`,
    'i',
  ), // counters
  /^(?:sign up|subscribe)\b.*\b(?:newsletter|inbox|email)\b/i,
  new RegExp(
    String.raw`^(?:\s*(?:[|·•/]|\bor\b)?\s*(?:forgot (?:your )?(?:password|username)\??|(?:sign|log) ?(?:in|out|up)` +
      String.raw`|register|create (?:an |your )?account|my account|remember me|subscribe))+\s*$`,
    'i',
  ), // account links
  /^(?:do you have|have you got|got) a (?:story|news tip|tip)\b/i, // the newsroom's call for tips
  // a contact line under a press release ("Email press.office@example.gov.uk", "Telephone: 0303 444 1201")
  /^(?:e-?mail|tel(?:ephone)?|phone|mobile|fax|out of hours)\s*:?\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?\d[\d\s().-]{6,}\d)$/i,
  // a magazine's letters address under a story (TIME's "Contact us at letters@time.example."; round 29)
  /^(?:contact|email|e-mail|write to) us at [\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?$/i,
  // the same line naming the reporter's beat (USA TODAY Network's "Contact IndyStar education reporter Caroline Dunn at ... Follow her
  // on X: @..."; round 32)
  /^(?:contact|reach|email|e-mail|write to)\b.{0,60}\b(?:reporter|writer|editor|correspondent|columnist)\b.{0,60}\bat\b.{0,160}$/i,
  // a reporter's contact line under a story (a Yahoo partner's "Reach Jordan Pike at jpike@... or 252-555-0148."; round 30)
  new RegExp(
    String.raw`^(?:[Rr]each|[Cc]ontact|[Ee]-?mail|[Ww]rite to) \p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,3} at ` +
      String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?:,? or (?:at )?\+?[\d().\s-]{7,}\d)?\.?$`,
    'u',
  ),
  /^page \d+ of \d+$/i, // pagination
  // a description's label for its affiliate links (YouTube's "Tools used in this video (affiliate links):" over the link; round 31,
  // once the description's lines are kept; the link alone on its line goes in calls.ts)
  /\(?affiliate links?\)?\s*:$/i,
  // a link post's domain alone on its line (Mbin's "streetsreport.example"; round 31), by the endings of sites' names: an attribute
  // name in a docs page's inline code ("st.constituents") is no domain
  /^\(?(?:[a-z0-9-]+\.)+(?:com|org|net|edu|gov|io|co|uk|de|fr|info|news|app|dev|example|ca|au|in|me|tv|us|social)\)?$/i,
  // a newsletter's masthead line with its issue number ("THE TEA SHED LETTER · No. 37 · March 2026"; round 31) and a price line alone
  // under a product ("£9.50 / 50g"), and its stock line
  /^[\p{Lu}\d'’&.\s]{3,60}[·•|]\s*(?:No\.|Issue|Vol\.?|#)\s*\d+\b[^.!?]{0,40}$/u,
  ...PRODUCT_LINES,
  /^table \d+[.:]\s+\S.{0,150}$/i, // a table's numbered caption (Antora's "Table 1. Retention rule types"; round 31), as a figure's is
  /^download(?::| high-res| full-size| full size)\s.{0,60}\b(?:image|figure|table|file)\b.{0,20}$/i, // a figure's download links (ScienceDirect; round 28)
  /^pages?:?(?:\s+(?:\d+|\.\.\.|…|«|»|next|prev(?:ious)?))+$/i, // a page index (SMF's "Pages 1 2 3"; round 28)
  // a feedback prompt under a help or documentation page ("Was this helpful?", "Is this page useful?", GitBook, GOV.UK, Zendesk)
  /^(?:was|is|did) this (?:page |article |answer |information |content |summary |reply |topic )?(?:helpful|useful|answer your question)\s*\??$/i,
  /^unread,?$/i, // a message's read state (Google Groups)
  // a launch's rank badges and a comment box's placeholder prompt (Product Hunt's "#11 Week Rank", "What do you think? …"; round 29)
  /^#\d+ (?:day|week|month|year|product of the (?:day|week|month))(?: rank)?$/i,
  /^(?:what do you think\?|share your thoughts|add a comment|write a (?:comment|reply)|join the (?:discussion|conversation)|leave a comment)\s*(?:…|\.\.\.)$/i,
  // a post's relative date alone, and the stub of a deleted comment (Reddit's "3d ago", "Comment deleted by user"; round 29)
  /^\d+\s?(?:s|m|min|mins|h|hr|hrs|d|w|mo|y|yr|seconds?|minutes?|hours?|days?|weeks?|months?|years?) ago$/i,
  // or shortened to a number and a letter, as LinkedIn's and Facebook's comments show it ("2w", "6d", "20h"; round 33)
  /^\d{1,2}(?:h|d|w|mo|y|yr)$/i,
  // old Reddit's reply counts and its call under a thread, and AutoModerator's fixed closing line (round 34, batch 38)
  /^\(\d+ (?:repl(?:y|ies)|child(?:ren)?)\)$/i,
  /^want to (?:add to|join) the discussion\?$/i,
  /^post a comment!?$/i,
  /^i am a bot, and this action was performed automatically\b.{0,200}$/i,
  // Microsoft Q&A: a post's empty comment count ("0 comments No comments") and the support engineers' fixed lines around an
  // answer ("Thank you for posting your question on Microsoft Q&A.", "If the answer is helpful, please click "Accept Answer" ...")
  /^\d+ comments?(?: no comments)?$/i,
  /^thank you for (?:posting your question|reaching out) (?:on|to|in) [\p{L}&' ]{2,40}\.?$/iu,
  /^if (?:the|this|my) (?:answer|response|reply) (?:is|was) helpful, please (?:click|accept|mark)\b.{0,160}$/i,
  // a discussion's events with their actor and date (Hugging Face's "mpetrova opened this discussion Aug 19", "oskar-nw changed
  // discussion status to closed Sep 2"; round 34)
  /^@?[\w.-]+ (?:opened this (?:discussion|issue|pull request|topic)|changed (?:the )?(?:discussion |issue )?status to)\b[^.!?]{0,40}$/i,
  // GitLab's empty child-items widget (round 34)
  /^no (?:child|linked) items are currently assigned\b.{0,100}$/i,
  // Tildes's note on collapsed replies, Bugzilla's attachment count and needinfo flag (round 34)
  /^\d+ more (?:comments?|replies) (?:are|is) hidden\b.{0,120}$/i,
  /^\(\d+ files?\)$/i,
  /^needinfo\?\([^()\s]{1,60}\)$/i,
  // a health topic's other names and its citation link (MedlinePlus's "Also called: Ringing in the ears", "Learn how to cite this
  // page"; round 34)
  /^also called: [^.!?]{1,80}$/i,
  /^learn how to cite this page$/i,
  // a job posting's equal-opportunity statement (Greenhouse's closing paragraph; round 34), like a press release's "About" block
  /^[\p{L}\p{N}&.,'’ -]{2,60} is an equal (?:employment )?opportunity employer\b.{0,700}$/iu,
  // an encyclopedia's revision note (Britannica's "This article was most recently revised and updated by ..."; round 34)
  /^this article was (?:most recently )?revised and updated by [^.!?]{2,60}\.?$/i,
  // Goodreads groups' message numbers, comment count and member count, Mumsnet's withdrawn message, Telegram's web preview call
  // and Answer Overflow's call to the Discord server (round 35)
  /^message \d{1,5}:$/i,
  /^comments showing \d+-\d+ of \d+(?: \(\d+ new\))?$/i,
  /^[\d.,]+[km]? members$/i,
  /^message (?:withdrawn|deleted) at (?:the )?poster['’]s request\.?$/i,
  /^if you have telegram, you can view this post\b.{0,100}$/i,
  /^looking for more\? join the community!?$/i,
  // a message's header: the poster, maybe a handle in brackets, "said on" and the date, a number (Launchpad's "Manfred Ebbesen
  // (manfred-eb) said on 2025-02-19 #1"; round 35)
  /^[\p{L}][\p{L} .'’-]{1,60}(?: \([\w.-]{1,40}\))? (?:said|wrote|posted|replied) on [\p{L}\p{N} ,:/-]{4,40}(?: #\d{1,5})?:?$/iu,
  // a wiki's content licence line in its footer (Wikimedia Phabricator's "Content licensed under Creative Commons ..."; round 35)
  /^content (?:is )?(?:available|licensed) under (?:the )?creative commons\b.{0,300}$/i,
  // Phabricator's minor timeline events, each with its actor (round 35)
  new RegExp(
    String.raw`^\S+ (?:triaged this task as \w+ priority|moved this task from .{1,60} to .{1,60} on the .{1,60} board|` +
      String.raw`(?:added|removed) (?:a |\d+ )?(?:projects?|subscribers?|subtasks?|parent tasks?): .{1,80}|claimed this task|` +
      String.raw`changed the (?:task )?status (?:of this task )?(?:from \w+ )?to \w+|closed this task as \w+)\.?$`,
    'i',
  ),
  // a tracker's own lines: Trac's help note and comment numbers, Redmine's export formats, an "Updated by" header (round 38, batch 42)
  /^(?:note: )?see \S{1,40} for help on using (?:tickets|issues|the tracker)\.?$/i,
  /^comment:\d{1,5}$/i,
  // vBulletin's "Posting Rules" box and the header of a quoted post (round 39, batch 44's vBulletin 3 thread)
  /^you may (?:not )?(?:post new threads|post replies|post attachments|edit your posts)$/i,
  /^(?:bb code|smilies|\[img\] code|\[video\] code|html code) (?:is|are) (?:on|off)$/i,
  /^(?:quote:\s*)?originally posted by [^.!?]{1,60}$/i,
  // phpBB's permissions box and a quote box's header (round 39, batch 44's phpBB 2 topic)
  /^you (?:cannot|can) (?:post new topics|reply to topics|edit your posts|delete your posts|vote in polls|post attachments|download files) in this forum$/i,
  /^[\p{L}\p{N}_][\p{L}\p{N}_ .'’-]{0,39} (?:wrote|posted):$/u, // (vBulletin's "Meeple Reaper posted:" on Something Awful; round 57)
  /^attachment:\s*\S+\.(?:asc|sig|pgp)\s*description:\s*pgp signature$/i, // a mail archive's signature attachment (MHonArc; round 40)
  /^this post was last edited by \S{1,40} (?:at|on) [\d:/ -]{6,25}$/i, // Discuz!'s edit note (round 39)
  // (IP.Board's "This post has been edited by Wolverton_Works: 02 February 2025 - 08:15 PM"; round 41, after batch 55)
  /^this post has been edited by \S{1,40}: [\p{L}\d:/ ,-]{6,40}(?:[ap]m)?$/iu,
  /^liked by (?:the )?(?:creator|author)$/i, // a comment's badge on a video app (TikTok; round 39)
  // a forum's guest box under a topic (Invision 5's "Create an account or sign in to comment" / "You need to be a member in order to ...")
  /^create an account or sign in to (?:comment|reply|post|join the conversation)\.?$/i,
  /^you need to be a member in order to (?:leave a comment|comment|reply|post)\.?$/i,
  // (and its column's stock words, Invision's "Sign up for a new account in our community. It's easy!"; round 43, after batch 69)
  /^sign up for a new account in our community\.? it[’']s easy!?$/i,
  // a tracker's change header, its author and age (Redmine's "Updated by Tomasz Zielinski about 1 month ago", Trac's "Changed 3 months ago by ...")
  /^(?:updated|added|changed|edited) by [^.!?]{1,60} (?:(?:about|over|almost|less than) )?(?:a|an|\d{1,4}) \w{3,8} ago\.?$/i,
  /^(?:comment:\d{1,5} )?(?:changed|modified|updated) (?:(?:about|over|almost) )?(?:a|an|\d{1,4}) \w{3,8} ago(?: by(?: [^.!?]{1,60})?)?$/i,
  /^\p{Lu}[\p{L} .'’-]{1,60} wrote in #?[\w-]{1,20}:$/u, // a quoted note's header (Redmine's "Beatriz Nunes wrote in #note-3:")
  /^also available in:\s*(?:(?:atom|pdf|csv|rss|txt|html)\b\s*\|?\s*){0,6}$/i,
  // a post's edit note with its date and editor (ProBoards' "Last Edit: Jan 7, 2026 at 9:02pm by Marguerite L"; round 33)
  // (SMF's in guillemets: "« Last Edit: October 28, 2025, 09:22:03 PM by Gordon Fairlie »")
  /^«?\s?last edit(?:ed)?:? (?:on )?[\p{L}\p{N} ,.:]{3,40} by [^.!?«»]{1,40}\s?»?$/iu,
  /^(?:comment|post|message|reply) (?:deleted|removed) by (?:the )?(?:user|author|moderators?|a moderator|reddit)\.?$/i,
  // who is reading a board, and who started the topic (SMF's "0 Members and 3 Guests are viewing this topic.", "Started by ..."; round 28)
  /^\d+ members? and \d+ guests? (?:are |is )?viewing this (?:topic|board|thread)\.?$/i,
  // (phpBB's "Users browsing this forum: Bing [Bot], and 6 guests", vBulletin's "Currently Active Users Viewing This Thread: 1 (0 members
  // and 1 guests)"; round 41, after batches 55 and 44)
  /^(?:users browsing this (?:forum|topic|thread|board)|currently active users viewing this (?:thread|topic)):.{0,200}$/i,
  /^started by \S[^.!?]{0,80}$/i,
  // a moderator's event in a thread ("jpereira moved this topic from General Discussion on Nov 4, 2025"; NodeBB; round 43, after batch 69)
  // and the note a moderator leaves in a post ("[Re-Titled by Moderator]", Apple's communities)
  /^\S{1,40} (?:moved|merged|split|locked|unlocked|pinned|unpinned|closed|reopened|archived) this (?:topic|thread|discussion)\b[^.!?]{0,120}$/i,
  /^cross-?posted (?:to|from|in):?$/i, // over the communities a post was shared to (Lemmy)
  ...NOTICE_LINES, // notices over a text, wire credits, a Q&A site's counters (notice-lines.ts; round 43)
  /^\[(?:re-?titled|edited|moved|merged|locked|split) by (?:a )?(?:moderator|admin(?:istrator)?|host)\]$/i,
  /^\d+\s*[×x]\s*\d+\s+[\d.,]+\s*[KMG]i?B$/, // an image's size under its lightbox link (Discourse's "1380×776 92.4 KB"; round 27)
  // round 16, after batch 17: a wire story's contributor line ("Associated Press writer Rebecca Boone in Boise contributed to this
  // report."), a funder's note ("... The AP is solely responsible for all content."), a museum object's location ("On view at ...
  // in Gallery 741", "Not on view"), Stack Overflow's prompt to ask
  /\bcontributed (?:reporting )?to this (?:report|story|article)\.?$/i,
  // the same line without "to this report" (Politico's "Marta Pellegrini contributed reporting."; round 29): names, then the verb
  new RegExp(
    String.raw`^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}(?:(?:,| and) \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3})*` +
      String.raw` contributed(?: reporting| research| additional reporting)?\.?$`,
    'u',
  ),
  // an article's audio player (Politico's BeyondWords box, "Press play to listen to this article" / "Voiced by artificial intelligence."; round 29)
  /^(?:press play to |click (?:here )?to |tap to )?listen to (?:this|the) (?:article|story)\b.{0,40}$/i,
  /^(?:voiced|narrated|read aloud|read) by (?:artificial intelligence|ai|an ai voice|a synthetic voice)\.?$/i,
  /^(?:(?:currently |not )?on view|not currently on view)\b.{0,80}$/i,
  /^(?:start asking to get answers|find the answer to your question by asking\.?|see similar questions with these tags\.?)$/i,
  // round 17, after batch 18's New York Times-style page: the print-edition note and the reporter's bio line ("... covers rural New
  // England for the National desk. She is based in Boston.")
  /^a version of this (?:article|story) appears? in print on\b/i,
  // a magazine's issue note (Wired's "This article appears in the March 2026 issue. Subscribe now.", the Economist's "This article appeared
  // in the Europe section of the print edition under the headline ..."; round 30)
  /^this (?:article|story|piece) (?:appears|appeared) in (?:the )?.{0,60}\b(?:issue|print edition)\b.{0,120}$/i,
  // the print issue a story ran in (Spiegel International's " • from DER SPIEGEL 4/2026"; round 30)
  /^[•·|]?\s*from (?:the )?\p{Lu}[\p{L} ]{1,30} \d{1,2}\/\d{4}$/u,
  /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3} (?:covers|reports on|writes about)\b.{0,160}\b(?:is|are) based in\b/u,
  /^[\d,]+ pages?(?:\s*[,·•|]\s*(?:hardcover|paperback|kindle edition|ebook|audiobook|audio cd|mass market paperback))?$/i, // a book's format line (round 15)
  // a keyboard hint of the page's own controls ("Pro tip: press M to comment", Jira; round 15)
  /^(?:(?:pro )?tip:\s*)?press \S{1,12} to (?:comment|reply|search|jump|navigate|open (?:the )?(?:search|menu|shortcuts|command palette))\b.{0,20}$/i,
  /^(?:comment|reply|answer|post|message) #?\d+(?: of \d+)?$/i, // a thread's numbering label ("Comment 4", "Reply #12", Khoros's "Message 2 of 5")
  // an obituary's funeral-home credit ("Arrangements by Lindqvist-Moe Funeral Home")
  /^(?:[Aa]rrangements|[Ss]ervices) (?:(?:are|were) )?(?:by|entrusted to|under the direction of|in the care of) \p{Lu}[^.!?]{0,100}\.?$/u,
  /^sort(?:ed)? by\b.{0,40}$/i, // sort controls of a thread
  /^(?:members?[- ]only|subscribers?[- ]only|premium|exclusive|free|paid|locked|plus)(?: (?:story|article|content|post|read))?$/i, // paywall labels
  /^logged$/i, // SMF's "Logged" under each post (round 41)
  // an audio or translation widget's notice (Newsweek's "Voice is AI-generated. Inconsistencies may occur.", "Newsweek AI is in beta.
  // Translations may contain inaccuracies"; round 42, after batch 65), a story's topic chips' label (Engadget's "In this article:")
  new RegExp(
    String.raw`^(?:this )?(?:voice|audio|narration|translation|summary)(?: of this (?:article|story))? (?:is|was|has been) ` +
      String.raw`(?:ai|machine|automatically)[- ](?:generated|translated|created)\b.{0,120}$`,
    'i',
  ),
  /^\p{Lu}[\p{L}]*(?: \p{Lu}[\p{L}]*)? ai is in beta\b.{0,200}$/iu,
  /^in this (?:article|story):$/i,
  // a help article's applicability line ("Available in: Professional, Enterprise ... Editions", HubSpot's "Available with any of the
  // following subscriptions, except where noted:"; round 42, after batch 70)
  /^available (?:in|with|on|for)\b[^.!?]{0,80}:(?:\s.{0,200})?$/i,
  // a wire agency's credit closing a story ("(FRANCE 24 with AFP)", "(Reuters)"; round 42)
  /^\((?:[\p{Lu}\d][\p{L}\d ]{1,30} (?:with|and) )?(?:AFP|AP|Reuters|dpa|EFE|ANSA|Kyodo|Xinhua|AAP|PA)(?:(?:,| and) (?:AFP|AP|Reuters|dpa))*\)$/u,
  // a wiki's spoiler notice ("Spoiler warning! This article contains major plot details from Act III"; Fandom's; round 42, after batch 61)
  new RegExp(
    String.raw`^spoilers?(?: (?:warning|alert|ahead))?[!:.]\s+(?:this (?:article|page|section|entry|post|review) ` +
      String.raw`(?:contains|may contain|has|reveals|discusses|includes)|plot (?:and\/or ending )?details follow)\b.{0,200}$`,
    'i',
  ),
  MOBILE_SIGNATURE, // a mobile client's signature as a block of its own ("Sent from my iPhone"; round 41)
  new RegExp(
    String.raw`^(?:(?:licensing:\s*)?this (?:article|story|page|work|essay|entry) is (?:licensed|available) under|licensed under` +
      String.raw`|text is available under|content is available under|©|copyright\b)`,
    'i',
  ),
  // Google's developer sites' footer ("Content and code samples on this page are subject to the licenses described in the Content License.
  // Java and OpenJDK are trademarks ..."; round 41, after batch 57's Android reference page)
  /^(?:except as otherwise noted, )?(?:the )?content and code samples on this page are subject to the licen[cs]es described in\b.{0,400}$/i,
];
const PATTERN_MAX_CHARS = 240;
/** A consent banner's line; not on a cookie policy's own page, whose text is all about cookies (round 128, after batch 466). */
const COOKIE_LINE = /\bcookies?\b.*\b(?:accept|consent|agree|preferences|privacy policy)\b/i;

/**
 * Notices that run longer than the other patterns' blocks: a funder's note under a story ("The Associated Press receives
 * support from ... The AP is solely responsible for all content. For all of AP's environment coverage, visit ..."; round 16)
 * and a cloud vendor's preview notice with its terms ("... is currently in PREVIEW. See the Supplemental Terms of Use for
 * Microsoft Azure Previews for legal terms that apply to ..."; round 44, after batch 86).
 */
const LONG_NOTICES: readonly RegExp[] = [
  ...LONG_NOTICE_LINES,
  // (a desk's coverage named too: "The Continental Press’ climate and environmental coverage receives ..."; round 44, after batch 105)
  /^(?:the )?\p{Lu}[\p{L}.’' ]{1,80} receives (?:financial )?support from\b.{0,240}\bsolely responsible for\b/iu,
  // a docs site's licence footer (round 44, after batch 105: "Except as otherwise noted, the content of this page is licensed under ...")
  /^except as otherwise noted, the content of this page is licensed under\b.{0,360}$/i,
  /^.{1,120}\b(?:is|are) (?:currently )?in (?:public |private |limited )?preview\.\s+see the supplemental terms of use for\b[^.]{0,60}\bpreviews\b.{0,240}$/i,
  // an old tutorial's version notice ("The Java Tutorials were written for JDK 8. The examples and practices on this page do not use
  // improvements made in later releases ..."; round 50, after batch 138)
  /^(?:the|this|these) [^.!?]{1,60} (?:was|were) written for (?:jdk|java(?: se)?|version|release|v)\s?\d[^.!?]{0,40}\.(?:\s.*)?$/i,
  // an old browser's notice ("Thank you for visiting nature.com. You are using a browser version with limited support for CSS. ...";
  // "You are using an outdated browser. Please upgrade ..."; round 51, after batch 147), which a stylesheet the saved page lost hid
  new RegExp(
    String.raw`^(?:thank you for visiting [^!?]{1,60}?[.!]\s+)?you are using (?:a|an) (?:(?:outdated|old|older|unsupported|out-of-date) browser\b` +
      String.raw`|browser\b[^.!?]{0,80}\b(?:limited support|not (?:fully )?supported|no longer supported|outdated|out of date)\b).{0,300}$`,
    'i',
  ),
];
const LONG_NOTICE_MAX_CHARS = 400;

/** Whether a block's whole text is a furniture line. */
export const isFurnitureByText = (el: DomElement, aboutCookies = false): boolean => isFurnitureText(squash(el.textContent), aboutCookies);

/** Whether a text (a block's, or a line of its own in the article's text) is a furniture line. */
export function isFurnitureText(text: string, aboutCookies = false): boolean {
  if (text.length === 0 || text.length > LONG_NOTICE_MAX_CHARS) return false;
  if (text.length <= PATTERN_MAX_CHARS && (TEXT_PATTERNS.some((re) => re.test(text)) || (!aboutCookies && COOKIE_LINE.test(text)))) return true;
  return LONG_NOTICES.some((re) => re.test(text));
}
