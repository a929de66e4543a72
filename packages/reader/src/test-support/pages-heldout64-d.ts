import { type TestPage, texts } from './page-kit.js';
import { type SePost, seAnswerForm, seAnswersHeader, seConsent, seConsentTexts, seFooter, seFooterTexts, seFormTexts, sePost } from './pages-heldout64-d2.js';
import { stackOverflow } from './pages-heldout64-d3.js';

/**
 * Held-out batch 64, file d: an Ask Ubuntu question with two answers (one accepted) and comments, as a logged-out reader saves
 * it (top bar with logo, search, the site switcher and Log in / Sign up, the left sidebar with its Teams promo, the question
 * header with "Ask Question" and the Asked/Modified/Viewed line, the posts of file d2's templates, the answers header, the guest
 * answer form, the right sidebar with Featured on Meta, Linked, Related and Hot Network Questions, the footer and the OneTrust
 * cookie banner).
 */
const auTitle = 'Laptop wakes up immediately after suspend when USB-C dock is connected';
const auQ = [
  'My ThinkPad T14 Gen 3 running Ubuntu 24.04 suspends fine when nothing is plugged in. With my USB-C dock connected (it has a ' +
    'keyboard, a mouse and an Ethernet port), the screen goes black, the power LED starts pulsing for about two seconds, and then the ' +
    'laptop wakes straight back up.',
  '<code>journalctl</code> shows the suspend completing and then a wake-up a second later, but no obvious reason. I tried disabling Wake ' +
    'on LAN for the dock’s Ethernet adapter with <code>ethtool</code>, which made no difference.',
  'Here is what <code>/proc/acpi/wakeup</code> shows:',
  'How do I find which device is waking the laptop, and how do I stop it without losing the ability to wake it from the laptop’s own ' + 'keyboard?',
];
const auA1 = [
  'The entries in <code>/proc/acpi/wakeup</code> only cover ACPI devices, such as the USB controller as a whole. Individual USB ' +
    'devices behind the dock have their own wake-up switch in sysfs, and on most docks the keyboard and the Ethernet adapter both have ' +
    'it enabled.',
  'First list the USB devices that are allowed to wake the system:',
  'Each line ending in <code>enabled</code> is a device that can wake the laptop. Match the numbers to devices with <code>lsusb -t</code> ' +
    'or by reading the <code>product</code> file in the same directory. To test one, write <code>disabled</code> into its ' +
    '<code>power/wakeup</code> file and suspend again.',
  'Once you know the culprit, make the change permanent with a udev rule. This one matches the dock’s Ethernet adapter by its vendor ' +
    'and product ID, so the laptop keyboard and the lid keep working as wake sources:',
  'Replace the IDs with the ones <code>lsusb</code> shows for your dock, then reload the rules and replug the dock:',
  'In my experience the Ethernet adapter is the usual culprit: many USB Ethernet chips report a link change as a wake event when the ' +
    'port drops into low-power mode, and that is exactly what happens a second after the laptop suspends.',
];
const auA2 = [
  'A quicker but blunter option, if you never need USB devices to wake the laptop: disable wake-up for the whole USB controller at ' +
    'boot, with a small systemd unit that writes <code>XHCI</code> to <code>/proc/acpi/wakeup</code>. The catch is that the entry ' +
    'toggles, and no USB device at all, including an external keyboard, will wake the laptop any more, so the udev rule above is ' +
    'usually the better choice.',
];
const auPre = (lang: string, code: string): string => `<pre class="lang-${lang} s-code-block"><code class="hljs language-${lang}">${code}</code></pre>`;
const auWakeup = `Device  S-state   Status   Sysfs node
GLAN      S4    *enabled   pci:0000:00:1f.6
XHCI      S3    *enabled   pci:0000:00:14.0
LID       S4    *enabled   platform:PNP0C0D:00
SLPB      S3    *enabled   platform:PNP0C0E:00`;
const auP = (ps: readonly string[]): string[] => ps.map((p) => `<p>${p}</p>`);
const [q0, q1, q2, q3] = auP(auQ);
const [a0, a1, a2, a3, a4, a5] = auP(auA1);
const priya = { name: 'Priya Raman', id: 1702244, rep: '233', badges: [0, 1, 5] as [number, number, number] };
const mateusz = { user: 'Mateusz K.', uid: 988120 };
const auPosts: SePost[] = [
  {
    ...{ id: 1534221, kind: 'question', score: 14, owner: priya, action: 'asked', date: 'Jan 21 at 19:02', iso: '2025-01-21T19:02:44' },
    ...{ edited: ['Jan 21 at 19:20', '2025-01-21T19:20:05'], tags: ['power-management', 'suspend', '24.04', 'usb-c'] },
    html: [q0, q1, q2, auPre('none', auWakeup), q3].join('\n'),
    comments: [
      {
        ...{ id: 2711234, score: 1, ...mateusz, date: 'Jan 21 at 19:40', iso: '2025-01-21T19:40:12' },
        html: 'Does it also happen if you unplug just the mouse? Some wireless mouse receivers send a burst of events as the USB bus suspends.',
      },
      {
        ...{ id: 2711240, score: 0, user: 'Priya Raman', uid: 1702244, date: 'Jan 21 at 20:02', iso: '2025-01-21T20:02:31' },
        html: '@MateuszK. Yes, it still wakes up with only the keyboard and the Ethernet cable connected to the dock.',
      },
    ],
  },
  {
    ...{ id: 1534290, kind: 'answer', score: 17, accepted: true, action: 'answered', date: 'Jan 22 at 7:30', iso: '2025-01-22T07:30:51' },
    ...{ owner: { name: 'Tomas Lindqvist', id: 40219, rep: '18.4k', badges: [4, 37, 61] }, edited: ['Jan 22 at 10:03', '2025-01-22T10:03:17'] },
    html: [
      ...[a0, a1, auPre('bash', 'grep . /sys/bus/usb/devices/*/power/wakeup'), a2, a3],
      auPre(
        'none',
        '# /etc/udev/rules.d/90-dock-nowake.rules\nACTION=="add", SUBSYSTEM=="usb", ATTR{idVendor}=="0bda", ATTR{idProduct}=="8153", ' +
          'ATTR{power/wakeup}="disabled"',
      ),
      ...[a4, auPre('bash', 'sudo udevadm control --reload &amp;&amp; sudo udevadm trigger'), a5],
    ].join('\n'),
    comments: [
      {
        ...{ id: 2711502, score: 3, user: 'Priya Raman', uid: 1702244, date: 'Jan 22 at 9:14', iso: '2025-01-22T09:14:40' },
        html:
          'This fixed it. The culprit was the Ethernet adapter, exactly as you said: it was the only device where disabling ' +
          'wake-up made a difference. Thanks!',
      },
      {
        ...{ id: 2711733, score: 2, ...mateusz, date: 'Jan 23 at 11:51', iso: '2025-01-23T11:51:09' },
        html:
          'Worth adding that on some docks the rule has to match the adapter itself rather than the dock’s hub, because the hub’s ' +
          'setting is not inherited by the devices behind it.',
      },
    ],
  },
  {
    ...{ id: 1534688, kind: 'answer', score: 3, action: 'answered', date: 'Jan 24 at 16:30', iso: '2025-01-24T16:30:02', comments: [] },
    ...{ owner: { name: 'K. Osei', id: 1399870, rep: '1,206', badges: [0, 6, 14] }, html: auP(auA2).join('\n') },
  },
];
const auComments = (i: number): string[] => texts(auPosts[i]?.comments.map((c) => c.html) ?? []);
const auNav = ['Home', 'Questions', 'Tags', 'Users', 'Unanswered'];
const auSiteLinks = ['Tour', 'Help', 'Chat', 'Contact', 'Feedback'];
const auMeta = ['Policy: Generative AI (e.g., ChatGPT) is banned', 'Ubuntu 25.10 release: questions about upgrades are on topic'];
const auLinked = [['5', 'How do I prevent my mouse from waking the computer from suspend?']];
const auRelated = [
  ['41', 'How to prevent the keyboard from waking the system from suspend'],
  ['12', 'Ubuntu 22.04 wakes up right after suspend on a Dell laptop'],
  ['7', 'USB Ethernet adapter stops working after resume'],
];
const auHot = ['Why does my bread dough collapse in the second rise?', 'Is it safe to run a server rack on a standard 16 A circuit?'];
const auSide = (h: string, rows: readonly string[][]): string => `<div class="module sidebar-related"><h4 id="h-${h.toLowerCase()}">${h}</h4>
	<div class="related js-gps-related-questions" data-tracker="rq=1">${rows
    .map(
      ([n, t], i) => `<div class="spacer"><a href="/q/${900000 + i}" title="Vote score (upvotes - downvotes)"><div class="answer-votes answered-accepted
		large">${n}</div></a>
		<a href="/questions/${900000 + i}/q" class="question-hyperlink">${t}</a></div>`,
    )
    .join('\n')}</div></div>`;
const auHtml = `<!DOCTYPE html>
<html class="html__responsive " lang="en">
<head>
	<title>power management - ${auTitle} - Ask Ubuntu</title>
	<link rel="shortcut icon" href="https://cdn.sstatic.net/Sites/askubuntu/Img/favicon.ico?v=928dfb7a2cad">
	<meta name="viewport" content="width=device-width, height=device-height, initial-scale=1.0, minimum-scale=1.0">
	<meta property="og:type" content= "website" /><meta property="og:url" content="https://askubuntu.com/questions/1534221/laptop-wakes-up-immediately"/>
	<meta property="og:site_name" content="Ask Ubuntu" /><meta name="twitter:card" content="summary"/><meta name="twitter:domain" content="askubuntu.com"/>
	<meta name="twitter:title" property="og:title" itemprop="name" content="${auTitle}" />
	<link rel="stylesheet" type="text/css" href="https://cdn.sstatic.net/Shared/stacks.css?v=d6e3f2c9a1b4">
	<link rel="stylesheet" type="text/css" href="https://cdn.sstatic.net/Sites/askubuntu/primary.css?v=5a1e6c3c8d21">
	<script>StackExchange.init({"locale":"en","serverTime":1764000000,"routeName":"Questions/Show","stackAuthUrl":"https://stackauth.com",
		"site":{"name":"Ask Ubuntu","description":"Q&A for Ubuntu users and developers","isNoticesTabEnabled":true,"styleCode":true},
		"user":{"fkey":"","tid":"8f1e3c2a-6b7d-4e59-a0c1-2d3e4f5a6b7c","rep":0,"isAnonymous":true}});
	StackExchange.using.setCacheBreakers({"js/full-anon.en.js":"8a1f0c2b"});</script>
</head>
<body class="question-page unified-theme">
	<div id="notify-container"></div>
	<div id="custom-header"></div>
<header class="s-topbar ps-fixed t0 l0 js-top-bar">
	<div class="s-topbar--container">
		<a href="#" class="s-topbar--menu-btn js-left-sidebar-toggle" role="menuitem" aria-haspopup="true" aria-controls="left-sidebar"
			aria-expanded="false"><span></span></a>
		<a class="s-topbar--logo" href="https://askubuntu.com"><span class="-img _glyph">Ask Ubuntu</span></a>
		<form id="search" role="search" action="/search" class="s-topbar--searchbar js-searchbar " autocomplete="off"><div class="s-topbar--searchbar--input-group">
			<input name="q" type="text" role="combobox" placeholder="Search on Ask Ubuntu…" value="" aria-label="Search" aria-controls="top-search"
				class="s-input s-input__search js-search-field " /></div></form>
		<nav class="h100 ml-auto overflow-x-auto pr12"><ol class="s-topbar--content" role="menubar">
			<li role="none"><a href="https://stackexchange.com" class="s-topbar--item js-site-switcher-button" aria-label="Site switcher"
				title="A list of all 183 Stack Exchange sites"><svg aria-hidden="true" class="svg-icon iconStackExchange" width="18" height="18"></svg>
				<span class="v-visible-sr">Stack Exchange</span></a></li>
			<li role="none"><a href="https://askubuntu.com/users/login?ssrc=head" class="s-topbar--item s-btn s-btn__filled ws-nowrap js-gps-track" role="menuitem"
				rel="nofollow">Log in</a></li>
			<li role="none"><a href="https://askubuntu.com/users/signup?ssrc=head" class="s-topbar--item ml4 s-btn s-btn__primary ws-nowrap" role="menuitem"
				rel="nofollow">Sign up</a></li>
		</ol></nav>
	</div>
</header>
<div class="container">
	<div id="left-sidebar" data-is-here-when="md lg" class="left-sidebar js-pinned-left-sidebar ps-relative">
	<div class="left-sidebar--sticky-container js-sticky-leftnav">
		<nav role="navigation"><ol class="nav-links">${auNav
      .map(
        (t, i) => `<li class="${i === 1 ? 'youarehere ' : ''}ps-relative"><a href="/${i === 0 ? '' : t.toLowerCase()}" class="pl8 js-gps-track nav-links--link"
			aria-controls="" data-controller="" aria-current="${i === 1}"><div class="d-flex ai-center"><div class="flex--item truncate">${t}</div></div></a></li>`,
      )
      .join('\n')}
		</ol></nav>
		<div class="js-freemium-cta ps-relative mt32 mb8"><div class="fs-fine tt-uppercase fc-black-600 mb12">Teams</div>
			<div class="bt bl bc-black-225 p12 pb6 fc-black-600">
				<strong class="fc-black-800">Q&amp;A for work</strong>
				<p class="mt4 mb12 fs-caption fc-black-500">Connect and share knowledge within a single location that is structured and easy to search.</p>
				<a href="https://stackoverflow.co/teams/" class="s-btn s-btn__outlined s-btn__sm w100">Learn more about Teams</a></div></div>
	</div></div>
	<div id="content" class="snippet-hidden">
		<div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question">
			<link itemprop="image" href="https://cdn.sstatic.net/Sites/askubuntu/Img/apple-touch-icon.png?v=e16e1315edd6">
			<div class="inner-content clearfix">
				<div id="question-header" class="d-flex sm:fd-column">
					<h1 itemprop="name" class="fs-headline1 ow-break-word mb8 flex--item fl1"><a href="/questions/1534221/laptop-wakes-up-immediately"
						class="question-hyperlink">${auTitle}</a></h1>
					<div class="ml12 aside-cta flex--item sm:ml0 sm:mb12 sm:order-first d-flex jc-end"><div class="ws-nowrap"><a class="ws-nowrap s-btn s-btn__filled"
						href="/questions/ask">Ask Question</a></div></div>
				</div>
				<div class="d-flex fw-wrap pb8 mb16 bb bc-black-200">
					<div class="flex--item ws-nowrap mr16 mb8" title="2025-01-21 19:02:44Z">
						<span class="fc-black-400 mr2">Asked</span>
						<time itemprop="dateCreated" datetime="2025-01-21T19:02:44">10 months ago</time>
					</div>
					<div class="flex--item ws-nowrap mr16 mb8">
						<span class="fc-black-400 mr2">Modified</span>
						<a href="?lastactivity" class="s-link s-link__inherit" title="2025-01-24 16:30:02Z">10 months ago</a>
					</div>
					<div class="flex--item ws-nowrap mb8" title="Viewed 1,402 times">
						<span class="fc-black-400 mr2">Viewed</span>
						1k times
					</div>
				</div>
				<div id="mainbar" role="main" aria-label="question and answers">
${auPosts[0] === undefined ? '' : sePost(auPosts[0])}
					<div id="answers">
						<a name="tab-top"></a>
${seAnswersHeader(2)}
${auPosts.slice(1).map(sePost).join('\n')}
${seAnswerForm(['power-management', 'suspend', '24.04', 'usb-c'])}
					</div>
				</div>
				<div id="sidebar" class="show-votes" role="complementary" aria-label="sidebar">
					<div class="s-sidebarwidget s-sidebarwidget__yellow s-anchors s-anchors__grayscale mb16" data-tracker="cb=1"><ul class="d-block p0 m0">
						<li class="s-sidebarwidget--header s-sidebarwidget__small-bold-text d-flex fc-black-600 d:fc-black-900 bb bbw1">Featured on Meta</li>
						${auMeta
              .map(
                (t) => `<li class="s-sidebarwidget--item d-flex px16"><div class="flex--item wmn0 ow-break-word"><a href="https://meta.askubuntu.com/q/1"
							class="js-gps-track">${t}</a></div></li>`,
              )
              .join('\n')}
					</ul></div>
					${auSide('Linked', auLinked)}
					${auSide('Related', auRelated)}
					<div id="hot-network-questions" class="module tex2jax_ignore"><h4><a href="https://stackexchange.com/questions?tab=hot"
						class="js-gps-track s-link s-link__inherit">Hot Network Questions</a></h4>
						<ul>
						${auHot
              .map(
                (t) => `<li><div class="favicon favicon-cooking" title="Seasoned Advice"></div><a href="https://cooking.stackexchange.com/q/1"
							class="js-gps-track question-hyperlink mb0">${t}</a></li>`,
              )
              .join('\n')}
					</ul>
						<a href="#" class="show-more js-show-more js-gps-track">more hot questions</a></div>
					<div id="feed-link"><div id="feed-link-text"><a href="/feeds/question/1534221" title="Feed of this question and its answers">Question feed</a></div></div>
				</div>
			</div>
		</div>
	</div>
</div>
${seFooter('Ask Ubuntu', auSiteLinks, '2025.11.20.37012')}
${seConsent}
<script>StackExchange.ready(function () { StackExchange.realtime.subscribeToQuestion('89', '1534221'); });</script>
</body>
</html>`;
const askUbuntu: TestPage = {
  html: auHtml,
  name: 'heldout64-askubuntu-question',
  kind: 'forum',
  // the question, both answers and all four comments are body (Q&A convention), the code blocks are in neither list; the askers'
  // and answerers' names, commenters, the "asked"/"answered"/"edited" lines with their times, comment dates and the header's
  // "Asked 10 months ago"/"Modified" times are bylines; vote counts, the accepted mark, tags, Share/Improve/Follow, reputation
  // and badge counts, comment scores, "Add a comment", the answers header and sort select, the guest answer form and notice,
  // "Ask Question", "Viewed 1k times", both sidebars, the top bar, footer and cookie banner are furniture; left off as body words:
  // the tags but "power-management" ("suspend", "24.04", "usb-c" are in the question), the second answer's score and the
  // comment scores (bare digits, and "3" is in "Gen 3")
  title: auTitle,
  headings: [],
  body: [...texts(auQ), ...auComments(0), ...texts(auA1), ...auComments(1), ...texts(auA2)],
  bylines: [
    ...['Priya Raman', 'Mateusz K.', 'Tomas Lindqvist', 'K. Osei', 'asked Jan 21 at 19:02', 'edited Jan 21 at 19:20', 'answered Jan 22 at 7:30'],
    ...['edited Jan 22 at 10:03', 'answered Jan 24 at 16:30', 'Jan 21 at 19:40', 'Jan 21 at 20:02', 'Jan 22 at 9:14', 'Jan 23 at 11:51'],
    ...['Asked 10 months ago', 'Modified 10 months ago'],
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Stack Exchange', 'Log in', 'Sign up', ...auNav, 'Teams', 'Q&A for work',
    'Connect and share knowledge within a single location that is structured and easy to search.',
    'Learn more about Teams', 'Ask Question', 'Viewed', '1k times', '14', '17', 'power-management', 'Improve this question', 'Improve this answer',
    '233', '1 silver badge', '5 bronze badges', '18.4k', '4 gold badges', '37 silver badges', '61 bronze badges', '1,206', '6 silver badges',
    '14 bronze badges', '2 Answers', ...seFormTexts, 'Featured on Meta', ...auMeta, 'Linked', ...auLinked.flat(), 'Related', ...auRelated.flat(),
    'Hot Network Questions', ...auHot, 'more hot questions', 'Question feed', ...seFooterTexts('Ask Ubuntu', auSiteLinks).filter((t) => t !== 'About'),
    ...seConsentTexts,
  ].filter((t, i, all) => all.indexOf(t) === i),
};

export const HELDOUT64_D: readonly TestPage[] = [askUbuntu, stackOverflow];
