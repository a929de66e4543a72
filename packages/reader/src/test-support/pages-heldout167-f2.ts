import { type TestPage, texts } from './page-kit.js';
import { anchors, paras } from './pages-heldout167-kit.js';

/**
 * Held-out batch 167, file f2: a Kit (ConvertKit) newsletter web archive issue on the creator's kit.com profile (the
 * creator header with avatar, name and the subscribe form, "All posts", the issue title and date, the email HTML pasted
 * in as table-based layout: the hidden preheader, the greeting, h2 sections, a list, the sign-off, the email footer
 * with "Unsubscribe", "Update your profile" and the postal address; then the share row, the bottom subscribe box, the
 * "More posts" list, the Creator Network recommendations and the "Built with Kit" footer).
 */
const cTitle = '#48: The bench I should have built first';
const cPre = 'Plus: a cheap fix for a wobbly sawhorse and three reader questions.';
const cP1 = paras(`
Hi friend,

Every woodworking book tells you to build a proper workbench before anything else. For six years I ignored that advice and
worked on a folding table, two sawhorses and a sheet of plywood. This week I finally built a real bench, and I am annoyed
at how much easier everything has become.
`);
const cH1 = 'Why I waited so long';
const cP2 = paras(`
Partly money, mostly impatience. A bench is a big project that does not feel like "real" woodworking. I wanted to make
chairs and boxes, not a table for my garage. And the plans I found all seemed to need a jointer, a planer and a friend
with a bigger garage.

What finally pushed me was a dovetailed box that came out a quarter inch out of square because the plywood top flexed while
I was sawing. Three evenings of work, wasted because of what it was sitting on.
`);
const cH2 = 'What I built';
const cP3 = paras(`I went for the simplest design I could find that would still be heavy and flat:`);
const cList = [
  'A top of two layers of construction timber, glued face to face, about four inches thick.',
  'Legs from the same timber, joined to the top with simple bridle joints.',
  'Two long stretchers bolted on, so the whole thing can come apart if I move house.',
  'A cheap face vice from the hardware shop, fitted on the left end.',
];
const cP4 = paras(`
Total cost was a little over 180 pounds, most of it the timber. It took four weekends. It is not beautiful, but it does not
move when I plane on it, and that is all I wanted.
`);
const cH3 = 'Reader questions';
const cP5 = paras(`
Several of you asked whether hand tools alone are enough to flatten a top this size. They are, with a jack plane and
patience. I flattened mine in about three hours, checking with winding sticks every twenty minutes.

See you next Thursday,

Callum
`);
const cBody = [...cP1, ...cP2, ...cP3, ...cList, ...cP4, ...cP5];
const cMail = ['Unsubscribe', 'Update your profile', '14 Wharf Street, Unit 3, Carlow Bridge, CB4 7TN'];
const cMore = ['#47: Sharpening, without the religion', '#46: The cheapest chisels worth buying', '#45: My first chair, and what broke'];
const cRecs = ['The Joinery Hour', 'Slow Made Things'];
const cRecDesc = ['Weekly joinery lessons for beginners.', 'Notes on craft, tools and patience.'];
const cFoot = ['Built with Kit', 'Report abuse', 'Privacy'];
const cTd = (inner: string): string => `<tr><td class="ck-section-inner" style="padding:0 24px">${inner}</td></tr>`;
const cPs = (a: readonly string[]): string => a.map((p) => `<p style="font-size:16px;line-height:1.6;margin:0 0 16px">${p}</p>`).join('\n');
const cForm = (btn: string): string => `<form class="formkit-form" data-sv-form="7812443" data-uid="c3f1a9e2" method="post"
action="https://app.kit.com/forms/7812443/subscriptions"><label class="formkit-label" for="fk-email">Email Address</label>
<input class="formkit-input" id="fk-email" name="email_address" type="email" placeholder="Email Address" required>
<button data-element="submit" class="formkit-submit"><span>${btn}</span></button></form>`;
const cHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${cTitle}</title><meta name="description" content="${cPre}"><meta property="og:title" content="${cTitle}">
<meta property="og:site_name" content="The Offcut Letter"><meta property="og:type" content="article">
<meta property="og:image" content="https://embed.filekitcdn.com/e/kYx2/posts/og.png"><link rel="canonical" href="https://offcut.kit.com/posts/48-the-bench">
<link rel="stylesheet" href="https://assets.kit.com/creator-profile/application-3b9e.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${cTitle}","datePublished":"2025-11-13T08:00:00-05:00",
"author":{"@type":"Person","name":"Callum Fairweather"}}</script>
<script src="https://assets.kit.com/creator-profile/application-3b9e.js" defer></script><script src="https://f.convertkit.com/ckjs/ck.5.js" defer></script>
</head>
<body class="creator-profile post-page"><div id="app">
<header class="profile-header"><a class="profile-header__identity" href="/"><img class="profile-avatar" alt="Callum Fairweather"
src="https://embed.filekitcdn.com/avatar.jpg">
<span class="profile-header__name">The Offcut Letter</span></a><nav class="profile-header__nav"><a href="/posts">All posts</a></nav>
<div class="profile-header__subscribe">${cForm('Subscribe')}</div></header>
<main class="post"><div class="post__header"><a class="post__back" href="/posts">← All posts</a><h1 class="post__title">${cTitle}</h1>
<p class="post__meta"><span class="post__author">Callum Fairweather</span> · <time datetime="2025-11-13T13:00:00Z">November 13, 2025</time></p></div>
<div class="post__content ck-email-content">
<div class="preheader" style="display:none;max-height:0;overflow:hidden;mso-hide:all">${cPre}</div>
<table class="wrapper" role="presentation" width="100%" cellpadding="0" cellspacing="0"><tbody><tr><td align="center">
<table class="container" role="presentation" width="600" cellpadding="0" cellspacing="0" style="max-width:600px"><tbody>
${cTd(cPs(cP1))}
${cTd(`<h2 style="font-size:22px">${cH1}</h2>${cPs(cP2)}`)}
${cTd(`<h2 style="font-size:22px">${cH2}</h2>${cPs(cP3)}<ul>${cList.map((l) => `<li style="margin-bottom:8px">${l}</li>`).join('\n')}</ul>${cPs(cP4)}`)}
${cTd(`<h2 style="font-size:22px">${cH3}</h2>${cPs(cP5)}`)}
<tr><td class="ck-footer" style="padding:24px;font-size:12px;color:#999;text-align:center"><p><a href="https://unsubscribe.kit-mail.com/x">${cMail[0]}</a> ·
<a href="https://preferences.kit-mail.com/x">${cMail[1]}</a></p><p>${cMail[2]}</p></td></tr>
</tbody></table></td></tr></tbody></table></div>
<div class="post__share"><span>Share this post</span><a href="#">Copy link</a><a href="#">X</a><a href="#">Facebook</a><a href="#">LinkedIn</a></div>
<section class="post__subscribe"><h2>Join 4,800 woodworkers who read The Offcut Letter</h2>
<p>One short letter every Thursday: a project, a tool and a mistake.</p>${cForm('Get the letter')}</section>
<section class="post__more"><h3>More posts</h3><ul>${cMore.map((m) => `<li><a href="#">${m}</a></li>`).join('')}</ul>
<a class="post__more-all" href="/posts">View all posts</a></section>
<section class="creator-network"><h3>Creators I recommend</h3>${cRecs
  .map((r, i) => `<div class="creator-network__card"><strong>${r}</strong><p>${cRecDesc[i]}</p></div>`)
  .join('')}</section></main>
<footer class="profile-footer">${anchors(cFoot)}</footer></div></body></html>`;

export const KIT_ISSUE: TestPage = {
  name: 'heldout167-kit-newsletter-blog',
  kind: 'blog',
  html: cHtml,
  title: cTitle,
  headings: [cH1, cH2, cH3],
  body: texts(cBody),
  bylines: ['Callum Fairweather', 'November 13, 2025'],
  furniture: [
    'The Offcut Letter',
    'All posts',
    'Email Address',
    'Subscribe',
    '← All posts',
    cPre,
    ...cMail,
    'Share this post',
    'Copy link',
    'X',
    'Facebook',
    'LinkedIn',
    'Join 4,800 woodworkers who read The Offcut Letter',
    'One short letter every Thursday: a project, a tool and a mistake.',
    'Get the letter',
    'More posts',
    ...cMore,
    'View all posts',
    'Creators I recommend',
    ...cRecs,
    ...cRecDesc,
    ...cFoot,
  ],
};
