import { links, type TestPage, texts } from './page-kit.js';
import { xenforoThread } from './pages-heldout67-f2.js';
import { blockBreaks, flairTexts, type SePost, seCode, sePost } from './pages-heldout67-f3.js';

/**
 * Held-out batch 67, file f: a question with two answers on a Stack Exchange site (post parts in file f3): the top bar with
 * network logo, search and log-in buttons, the left nav with the Teams promo, the question header with "Ask Question" and
 * the asked/modified/viewed line, vote cells, post bodies with code blocks and inline code, tags, post menus, signature cards,
 * comments, the answers header with its sort select, "Your Answer" with the guest sign-up form, the "Browse other questions"
 * line, the right sidebar (blog, meta, related, hot network questions), the cookie consent and the footer).
 */
const seTitle = 'Why does rsync copy every file again when the target is an exFAT drive?';
const qParas = [
  'I back up my home directory to an external USB drive formatted as exFAT (so I can also read it on a Mac) with this command:',
  'The first run took about two hours, which I expected. But every run after that also copies every single file again, even though I ' +
    'haven’t touched most of them. With <code>--itemize-changes</code> I see lines like this for files that have not changed:',
  'So rsync thinks the timestamp is different. I’m on Debian 12 and the drive is mounted by udisks when I plug it in. Is there a way to ' +
    'make rsync skip unchanged files on exFAT, or do I need to reformat the drive?',
];
const a1Paras = [
  'Two things are going on, and <code>-a</code> makes both of them worse.',
  'First, exFAT stores modification times with a resolution of 10 milliseconds, while ext4 on your home directory stores them in ' +
    'nanoseconds. When rsync compares the two timestamps they almost never match exactly, so every file looks modified. The ' +
    '<code>--modify-window</code> option tells rsync to treat times within a given number of seconds as equal:',
  'Second, exFAT has no Unix permissions, owners or groups. <code>-a</code> implies <code>-pgo</code>, so rsync tries to set them on every ' +
    'file, the drive ignores them, and on the next run they look different again. Use <code>-rt</code> (recursive and times) instead of ' +
    '<code>-a</code>, and leave out <code>-l</code>, because exFAT cannot store symlinks either.',
  'With those two changes an unchanged tree should finish in seconds. You can confirm it with <code>--dry-run --itemize-changes</code>: it ' +
    'should print nothing for files you have not touched.',
  '(If you ever do this with FAT32 instead, use <code>--modify-window=2</code>, because FAT32 stores times to the nearest two seconds.)',
];
const a2Paras = [
  'If you only need the backup to be correct and don’t care about the timestamps on the drive, <code>--size-only</code> also avoids the re-copy:',
  'Be aware that this misses files whose content changed but whose size stayed the same, which happens more often than you’d think with ' +
    'databases and some document formats. For a backup I would go with the <code>--modify-window</code> approach from the other answer and ' +
    'keep this as a fallback.',
];
const ps = (xs: readonly string[]): string[] => xs.map((p) => `<p>${p}</p>`);
const q: SePost = {
  id: 791204,
  score: 14,
  body: [
    ps(qParas)[0],
    seCode('bash', 'rsync -av --delete ~/ /mnt/backup/home/'),
    ps(qParas)[1],
    seCode('none', '&gt;f..t...... Documents/taxes-2023.pdf\n&gt;f..t...... Pictures/2024/IMG_4471.jpg'),
    ps(qParas)[2],
  ].join('\n'),
  user: ['mkell', '213', [0, 1, 4]],
  time: ['2025-03-02 19:41:07Z', 'Mar 2 at 19:41'],
  edited: ['Ole Brandt', '2025-03-03 07:15:22Z', 'Mar 3 at 7:15'],
  comments: [
    [2, 'What does <code>mount | grep /mnt/backup</code> show? The mount options matter here.', 'Dara Quinlan', 'Mar 2 at 19:58'],
    [
      0,
      '<code>/dev/sdb1 on /mnt/backup type exfat (rw,nosuid,nodev,relatime,uid=1000,gid=1000,fmask=0022,dmask=0022,iocharset=utf8)</code>',
      'mkell',
      'Mar 2 at 20:06',
    ],
  ],
};
const a1: SePost = {
  id: 791219,
  score: 21,
  accepted: true,
  body: [...ps(a1Paras).slice(0, 2), seCode('bash', 'rsync -rtv --modify-window=1 --delete ~/ /mnt/backup/home/'), ...ps(a1Paras).slice(2)].join('\n'),
  user: ['Anselm Gruber', '48.2k', [3, 61, 90]],
  time: ['2025-03-02 20:31:44Z', 'Mar 2 at 20:31'],
  edited: ['Anselm Gruber', '2025-03-04 09:02:10Z', 'Mar 4 at 9:02'],
  comments: [
    [1, 'That was it. With <code>--modify-window=1</code> and <code>-rt</code> the second run took eleven seconds. Thank you!', 'mkell', 'Mar 2 at 21:02'],
    [4, 'Worth adding that FAT32 needs a window of two seconds, since it only stores times to the nearest two seconds.', 'Priya Venkatesan', 'Mar 3 at 8:40'],
    [0, 'Good point, I have added it to the answer.', 'Anselm Gruber', 'Mar 4 at 9:03'],
  ],
};
const a2: SePost = {
  id: 803377,
  score: 3,
  body: [ps(a2Paras)[0], seCode('bash', 'rsync -rv --size-only --delete ~/ /mnt/backup/home/'), ps(a2Paras)[1]].join('\n'),
  user: ['lnxdev', '1,906', [0, 9, 22]],
  time: ['2025-06-18 08:12:55Z', 'Jun 18 at 8:12'],
  comments: [],
};
const seTags = ['rsync', 'exfat', 'timestamps', 'debian'];
const seNav = ['Home', 'Questions', 'Unanswered', 'AI Assist', 'Tags', 'Chat', 'Users'];
const seTeams = ['Teams', 'Ask questions, find answers and collaborate at work with Stack Overflow for Teams.', 'Try Teams for free', 'Explore Teams'];
const seBlog = ['Why your agent needs a memory it can forget', 'How the team behind a 30-year-old compiler ships every week'];
const seMeta = ['Policy: Generative AI (e.g., ChatGPT) is banned', 'Community Asks Sprint Announcement – November 2025'];
const seRelated = [
  'rsync re-copies files after every reboot',
  'How to make rsync ignore permission differences?',
  'Copying to a FAT32 USB stick changes file times',
  'What does the t in rsync --itemize-changes mean?',
];
const seHot = [
  'Is it safe to delete /var/cache/apt/archives?',
  'Why does my 1960s amplifier hum only when the lights are on?',
  'Proper term for a pastry that is neither sweet nor savoury',
  'How do I politely decline a co-author request from my former advisor?',
  'Does a vampire need an invitation to enter a houseboat?',
];
const seAnswerForm = [
  'Your Answer',
  'Thanks for contributing an answer to Unix & Linux Stack Exchange!',
  'Please be sure to answer the question. Provide details and share your research!',
  'But avoid …',
  'Asking for help, clarification, or responding to other answers.',
  'Making statements based on opinion; back them up with references or personal experience.',
  'To learn more, see our tips on writing great answers.',
  'Sign up or log in',
  'Sign up using Google',
  'Sign up using Email and Password',
  'Post as a guest',
  'Required, but never shown',
  'Post Your Answer',
  'By clicking “Post Your Answer”, you agree to our terms of service and acknowledge you have read our privacy policy.',
];
const seFootCols: [string, string[]][] = [
  ['Unix & Linux', ['Tour', 'Help', 'Contact', 'Feedback']],
  [
    'Company',
    ['Stack Overflow', 'Teams', 'Advertising', 'Talent', 'About', 'Press', 'Legal', 'Privacy Policy', 'Terms of Service', 'Cookie Settings', 'Cookie Policy'],
  ],
  ['Stack Exchange Network', ['Technology', 'Culture & recreation', 'Life & arts', 'Science', 'Professional', 'Business', 'API', 'Data']],
];
const seCopy = 'Site design / logo © 2025 Stack Exchange Inc; user contributions licensed under CC BY-SA. rev 2025.11.3.36521';
const seConsent = [
  'Your privacy',
  'By clicking “Accept all cookies”, you agree Stack Exchange can store cookies on your device and disclose information in accordance with our Cookie Policy.',
  'Accept all cookies',
  'Necessary cookies only',
  'Customize settings',
];
const li = (t: string): string => `<li class="flex--item"><a href="/q/${t.length}" class="question-hyperlink">${t.replace(/&/g, '&amp;')}</a></li>`;
const seHtml = `<!DOCTYPE html>
<html itemscope itemtype="https://schema.org/QAPage" class="html__responsive " lang="en"><head>
<title>rsync - ${seTitle} - Unix &amp; Linux Stack Exchange</title><link rel="canonical"
href="https://unix.stackexchange.com/questions/791204/why-does-rsync-copy-every-file-again">
<script src="https://cdn.sstatic.net/Js/stub.en.js?v=0b1a5b8a3c4e"></script><link rel="stylesheet" type="text/css"
href="https://cdn.sstatic.net/Sites/unix/primary.css?v=6c2a7f0e">
<script>StackExchange.init({"locale":"en","serverTime":1762390112,"routeName":"Questions/Show","site":{"name":"Unix &amp; Linux Stack Exchange",
"isNoticesTabEnabled":true}});
StackExchange.using.setCacheBreakers({"Prettify":"2c8c5f1a3e1b"});</script>
</head><body class="question-page unified-theme"><div id="notify-container"></div>
<header class="s-topbar ps-fixed t0 l0 js-top-bar"><a href="#content" class="s-topbar--skip-link">Skip to main content</a><div class="s-topbar--container"><a
href="https://stackexchange.com" class="s-topbar--logo network-logo js-gps-track"><span class="-img _glyph">Stack Exchange Network</span></a><form id="search"
role="search"
action="/search" class="s-topbar--searchbar js-searchbar"><div class="s-topbar--searchbar--input-group"><input name="q" type="text" role="combobox"
placeholder="Search on Unix &amp; Linux…" aria-label="Search" class="s-input s-input__search js-search-field"></div></form><ol class="s-topbar--content"
role="menubar"><li role="none"><a href="https://unix.stackexchange.com/users/login" class="s-topbar--item s-btn s-btn__filled ws-nowrap js-gps-track"
rel="nofollow">Log in</a></li><li role="none"><a href="https://unix.stackexchange.com/users/signup" class="s-topbar--item ml4 s-btn s-btn__primary ws-nowrap"
rel="nofollow">Sign up</a></li></ol></div></header>
<div class="container"><div id="left-sidebar" data-is-here-when="md lg" class="left-sidebar js-pinned-left-sidebar ps-relative"><div
class="left-sidebar--sticky-container
js-sticky-leftnav"><nav role="navigation"><ol class="nav-links">${links(seNav, 'ps-relative nav-links--link')}</ol><div class="s-sidebarwidget ml8 mt16"><h2
class="fs-body1 fw-bold">${seTeams[0]}</h2><p class="fs-caption">${seTeams[1]}</p><a href="https://stackoverflowteams.com/teams/create/free" class="s-btn
s-btn__filled s-btn__xs">${seTeams[2]}</a> <a href="https://stackoverflow.co/teams/" class="s-btn s-btn__link
s-btn__xs">${seTeams[3]}</a></div></nav></div></div>
<div id="content" class="snippet-hidden"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question"><div class="inner-content clearfix">
<div class="d-flex sm:fd-column" id="question-header"><h1 itemprop="name" class="fs-headline1 ow-break-word mb8 flex--item fl1"><a
href="/questions/791204/why-does-rsync-copy-every-file-again" class="question-hyperlink">${seTitle}</a></h1><div class="ml12 aside-cta flex--item sm:ml0 sm:mb12
sm:order-first d-flex jc-end"><a class="ws-nowrap s-btn s-btn__primary" href="/questions/ask">Ask Question</a></div></div>
<div class="d-flex fw-wrap pb8 mb16 bb bc-black-200"><div class="flex--item ws-nowrap mr16 mb8" title="2025-03-02 19:41:07Z"><span class="fc-black-400
mr2">Asked</span>
<time itemprop="dateCreated" datetime="2025-03-02T19:41:07">8 months ago</time></div><div class="flex--item ws-nowrap mr16 mb8"><span class="fc-black-400
mr2">Modified</span>
<a href="?lastactivity" class="s-link s-link__inherit" title="2025-06-18 08:12:55Z">4 months ago</a></div><div class="flex--item ws-nowrap mb8" title="Viewed
3,412 times"><span
class="fc-black-400 mr2">Viewed</span> 3k times</div></div>
<div id="mainbar" role="main" aria-label="question and answers">${sePost(q, 'question').replace(
  '</div><div class="mt16',
  `</div><div class="mt24 mb12"><div
class="post-taglist d-flex gs4 gsy fd-column"><ul class="ml0 list-ls-none js-post-tag-list-wrapper d-inline">${seTags
    .map(
      (t) => `<li class="d-inline mr4
js-post-tag-list-item"><a href="/questions/tagged/${t}" class="s-tag post-tag" title="show questions tagged &#39;${t}&#39;" rel="tag">${t}</a></li>`,
    )
    .join('')}</ul></div></div><div
class="mt16`,
)}
<div id="answers"><a name="tab-top"></a><div id="answers-header"><div class="answers-subheader d-flex ai-center mb8"><div class="flex--item fl1"><h2 class="mb0"
data-answercount="2">2 Answers<span style="display:none;" itemprop="answerCount">2</span></h2></div><div class="flex--item"><label class="flex--item fs-caption"
for="answer-sort-dropdown-select-menu">Sorted by:</label> <a class="js-sort-preference-change s-link flex--item fs-fine d-none"
href="?answertab=scoredesc#tab-top">Reset
to default</a><div class="flex--item s-select"><select id="answer-sort-dropdown-select-menu"><option value="scoredesc" selected="selected">Highest score
(default)</option>
<option value="modifieddesc">Date modified (newest first)</option><option value="createdasc">Date created (oldest
first)</option></select></div></div></div></div>
${sePost(a1, 'answer')}
${sePost(a2, 'answer')}
<form id="post-form" action="/questions/791204/answer/submit" method="post" class="js-add-answer-component post-form"><h2 class="space"
id="your-answer-header">${seAnswerForm[0]}</h2><div class="js-post-editor-help
d-none"><p>${(seAnswerForm[1] ?? '').replace('&', '&amp;')}</p><ul><li>${seAnswerForm[2]}</li></ul>
<p>${seAnswerForm[3]}</p><ul><li>${seAnswerForm[4]}</li><li>${seAnswerForm[5]}</li></ul><p>${seAnswerForm[6]}</p></div><div id="post-editor"
class="post-editor js-post-editor"><div class="wmd-container"><textarea id="wmd-input" name="post-text" class="wmd-input s-input bar0 js-post-body-field"
data-min-length="" rows="15"></textarea></div></div><div class="js-draft-status fc-black-400 d-none">Draft saved</div><div class="js-draft-status d-none">Draft
discarded</div><div id="post-form-signup" class="ps-relative"><h2 class="fs-title">${seAnswerForm[7]}</h2><button class="s-btn
s-btn__google">${seAnswerForm[8]}</button>
<a class="s-btn s-btn__outlined" href="/users/signup">${seAnswerForm[9]}</a></div><div class="js-post-as-guest"><h2
class="fs-title">${seAnswerForm[10]}</h2><label
for="display-name">Name</label><input id="display-name" type="text"><label for="m-address">Email</label><p class="s-description">${seAnswerForm[11]}</p><input
id="m-address" type="email"></div><div class="form-submit"><button id="submit-button" class="s-btn s-btn__primary" type="submit">${seAnswerForm[12]}</button>
<button
class="s-btn s-btn__danger s-btn__link js-discard-question">Discard</button><p class="fs-caption">${seAnswerForm[13]}</p></div></form>
<h2 class="bottom-notice" data-question-id="791204">Not the answer you're looking for? Browse other questions tagged ${seTags
  .map(
    (t) => `<a href="/questions/tagged/${t}"
class="s-tag post-tag" rel="tag">${t}</a>`,
  )
  .join(' ')} or <a href="/questions/ask">ask your own question</a>.</h2></div></div>
<div id="sidebar" class="show-votes" role="complementary" aria-label="sidebar"><div class="s-sidebarwidget s-sidebarwidget__yellow"><ul class="d-block p0
m0"><li
class="s-sidebarwidget--header">The Overflow Blog</li>${seBlog.map(li).join('')}<li class="s-sidebarwidget--header">Featured on
Meta</li>${seMeta.map(li).join('')}</ul></div>
<div class="module sidebar-related"><h4 id="h-related">Related</h4><div class="related js-gps-related-questions">${seRelated
  .map(
    (t, i) => `<div class="spacer"><a
href="/q/${i}" title="Vote score"><div class="answer-votes">${i + 2}</div></a><a href="/q/${i}" class="question-hyperlink">${t}</a></div>`,
  )
  .join('')}</div></div>
<div id="hot-network-questions" class="module tex2jax_ignore"><h4><a href="https://stackexchange.com/questions?tab=hot" class="js-gps-track s-link
s-link__inherit">Hot
Network Questions</a></h4><ul>${seHot.map(li).join('')}</ul><a href="#" class="show-more js-show-more js-gps-track">more hot questions</a></div>
<a href="/feeds/question/791204" title="Feed of this question and its answers">Question feed</a></div></div></div></div>
<footer id="footer" class="site-footer js-footer" role="contentinfo"><div class="site-footer--container">${seFootCols
  .map(
    ([h, items]) => `<div class="site-footer--col"><h5
class="-title">${h.replace('&', '&amp;')}</h5><ul class="-list js-primary-footer-links">${links(items, '-item')}</ul></div>`,
  )
  .join('')}<p class="site-footer--copyright fs-fine
md:mt0">${seCopy}</p></div></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div id="onetrust-policy"><h2
id="onetrust-policy-title">
${seConsent[0]}</h2><p id="onetrust-policy-text">${seConsent[1]}</p></div><button id="onetrust-accept-btn-handler">${seConsent[2]}</button><button
id="onetrust-reject-all-handler">${seConsent[3]}</button><button id="onetrust-pc-btn-handler">${seConsent[4]}</button></div></div>
</body></html>`;
// furniture texts whose words are in the title or body: left out of the gold (they stay on the page)
const seBodyWords = new Set(['Home', 'About']);
const stackExchange: TestPage = {
  html: blockBreaks(seHtml),
  name: 'heldout67-stack-exchange-qa',
  kind: 'forum',
  // the question, both answers and all five comments are body (inline code kept in them), the three code blocks are in neither;
  // posters' names ("mkell", "Ole Brandt" the editor, "Anselm Gruber", "lnxdev" and the commenters), the asked/answered times,
  // the "edited" lines, comment dates and the header's "Asked" and "Modified" lines are bylines; post vote counts, reputation,
  // badges, "Viewed", post menus, "Add a comment", the answers header and sort select, "Your Answer" and its guest form,
  // "Browse other questions", the left nav, the Teams promo, the sidebar lists, the cookie consent, top bar and footer are
  // furniture; the comment scores (single digits) and the accepted mark (an icon) are in neither; the four tags are body words
  // (left out), and so are the nav's "Home" and the footer's "About" ("my home directory", "about two hours")
  title: seTitle,
  headings: [],
  body: [...texts(qParas), ...texts(q.comments.map((c) => c[1])), ...texts(a1Paras), ...texts(a1.comments.map((c) => c[1])), ...texts(a2Paras)],
  bylines: [
    ...new Set([
      'Asked 8 months ago',
      'Modified 4 months ago',
      ...[q, a1, a2].flatMap((p) => [
        p.user[0],
        ...(p.edited === undefined ? [] : [p.edited[0], `edited ${p.edited[2]}`]),
        ...p.comments.flatMap((c) => [c[2], c[3]]),
      ]),
      `asked ${q.time[1]}`,
      `answered ${a1.time[1]}`,
      `answered ${a2.time[1]}`,
    ]),
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to main content', 'Stack Exchange Network', 'Log in', 'Sign up', ...seNav, ...seTeams, 'Ask Question', 'Viewed 3k times', '14', '21',
    ...[q, a1, a2].flatMap(flairTexts),
    'Share', 'Improve this question', 'Improve this answer', 'Follow', 'Add a comment', '2 Answers', 'Sorted by:', 'Reset to default',
    'Highest score (default)',
    'Date modified (newest first)', 'Date created (oldest first)', ...seAnswerForm, 'Draft saved', 'Draft discarded', 'Name', 'Email', 'Discard',
    'Not the answer you\'re looking for? Browse other questions tagged', 'ask your own question', 'The Overflow Blog', ...seBlog, 'Featured on Meta',
    ...seMeta, 'Related', ...seRelated, 'Hot Network Questions', ...seHot, 'more hot questions', 'Question feed',
    ...seFootCols.flatMap(([h, items]) => [h, ...items]), seCopy, ...seConsent,
  ])].filter((t) => !seBodyWords.has(t)),
};

export const HELDOUT67_F: readonly TestPage[] = [stackExchange, xenforoThread];
