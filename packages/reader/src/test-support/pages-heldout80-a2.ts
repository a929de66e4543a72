import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 80, file a2: a Beehiiv newsletter web post (the publication's top bar with "Login" and "Subscribe", the
 * title, subtitle, authors and date, the share links, the post's content blocks with a "Together with" sponsor section and
 * a poll in the middle of the issue, the "Keep Reading" cards, the subscribe box and the beehiiv footer).
 */
const bhTitle = 'Issue #112: The case for leaving your leaves';
const bhSub = 'Why the tidiest plot on the site is not always the healthiest, plus three jobs to finish before the first frost';
const bhP = (t: string, align = 'left'): string =>
  `<div style="padding-bottom:12px;padding-left:0px;padding-right:0px;padding-top:12px;"><p class="paragraph" style="text-align:${align};">${t}</p></div>`;
const bhH = (t: string, id: string): string => `<h2 class="heading" style="text-align:left;" id="${id}">${t}</h2>`;
const bh1 = [
  'Hi growers,',
  'Last Sunday I watched a neighbour on plot 31 rake every single leaf off his beds, bag them, and carry the bags to the skip by the ' +
    'gate. It took him most of the afternoon. His plot looked wonderful afterwards, like a page from a seed catalogue. It also ' +
    'looked, to the blackbirds sitting on the fence, like a restaurant that had shut for the winter.',
  'This week’s letter is about why I have stopped doing that, and what I do instead.',
];
const bhH1 = '🍂 This week on the plot';
const bh2 = [
  'A layer of fallen leaves does three useful things over winter. It keeps the soil surface from capping in heavy rain, it gives ' +
    'ground beetles and overwintering ladybirds somewhere to hide, and by spring the worms will have pulled a surprising amount of ' +
    'it down into the top few centimetres of soil. None of that happens in a bin bag.',
  'That does not mean every leaf belongs everywhere. Leaves on paths are a slipping hazard, and a thick mat on top of garlic or ' +
    'overwintering onions can hold too much wet against the necks. My rule is simple: paths get raked, crowns get cleared, and ' +
    'bare beds get a loose blanket about a hand deep.',
  'If your site committee frowns at untidy plots, a low edging board along the front of each bed keeps things looking ' +
    'deliberate. Ours has never complained about a bed that looks like someone meant it.',
];
const bhSponsor = [
  'TOGETHER WITH',
  'Hollin’s forged trowel turns ten',
  'Ten years ago a two-person forge in Hebden Bridge made its first batch of trowels from recycled leaf springs. Readers of this ' +
    'letter get 15% off the anniversary edition this month.',
  'Get 15% off with code PLOT15',
];
const bhH2 = 'Three jobs before the first frost';
const bhList = [
  'Lift the last of the dahlias once the foliage blackens, and dry the tubers upside down for a week before storing them.',
  'Net the brassicas again. Pigeons get bolder as the weather turns, and purple sprouting broccoli is their favourite.',
  'Empty and turn the water butts so the taps do not split. It takes ten minutes and saves a miserable job in March.',
];
const bhH3 = '📬 Reader question';
const bh3 = [
  '<em>“Can I use leaves from the street trees, or are they full of road muck?”</em> asks Patrick from Stockport.',
  'Street leaves are fine on ornamental beds and paths, Patrick, but I keep them off anything we will eat raw. Leaves from a quiet ' +
    'cul-de-sac are a different matter from leaves swept off a busy bus route. When in doubt, stack them in a wire cage for two ' +
    'years and use the leaf mould as a mulch rather than digging it in.',
  'See you next Saturday,',
  'Wren',
];
const bhPoll = ['How did you like this week’s letter?', '🌿 Loved it', '🍂 It was fine', '🪨 Not for me'];
const bhNav = ['Home', 'Posts', 'Seed swap'];
const bhShare = ['Share on X', 'Share on Facebook', 'Share on LinkedIn', 'Copy link'];
const bhKeep = [
  'Issue #111: Ten things I learned from my first polytunnel',
  'Issue #110: Saving tomato seed without the fuss',
  'Issue #109: Slugs, beer traps and the great debate',
];
const bhKeepDates = ['October 11, 2025', 'October 4, 2025', 'September 27, 2025'];
const bhSubscribe = ['Join 8,400 allotment growers', 'One letter every Saturday morning: what to sow, what to save and what to stop worrying about.'];
const bhFoot = ['Report abuse', 'Privacy policy', 'Terms of use'];
const bhHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${bhTitle}</title><meta name="description" content="${bhSub}">
<meta property="og:title" content="${bhTitle}"><meta property="og:site_name" content="The Plot Letter"><meta property="og:type" content="article">
<meta property="og:image"
content="https://media.beehiiv.com/cdn-cgi/image/fit=scale-down,format=auto,onerror=redirect,quality=80/uploads/asset/file/3a7f/thumb.jpg">
<meta name="twitter:card" content="summary_large_image"><link rel="canonical" href="https://www.theplotletter.com/p/issue-112-leave-your-leaves">
<link rel="alternate" type="application/rss+xml" href="https://rss.beehiiv.com/feeds/k2J8sPq1.xml">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${bhTitle}","description":"${bhSub}",
"datePublished":"2025-10-18T07:00:00.000Z","dateModified":"2025-10-18T07:00:00.000Z","author":[{"@type":"Person","name":"Wren Okafor"}],
"publisher":{"@type":"Organization","name":"The Plot Letter"},"isAccessibleForFree":true}</script>
<link rel="stylesheet" href="https://beehiiv-web-assets.s3.amazonaws.com/build/assets/application-7f3c9d21.css">
<style>:root{--wt-primary-color:#2A3B2F;--wt-text-on-primary-color:#FFFFFF;--wt-background-color:#FBF8F1;--wt-text-on-background-color:#1F1F1F}</style>
</head>
<body><div id="root"><div class="min-h-screen bg-wt-background" style="font-family:Lora, serif;">
<div class="sticky top-0 z-20"><div class="bg-wt-background border-b border-wt-border"><div class="mx-auto max-w-6xl px-4">
<nav class="flex h-16 items-center justify-between" aria-label="Global">
<a class="flex items-center space-x-2" href="/"><div class="h-8 w-8 overflow-hidden rounded-wt"><img alt="The Plot Letter logo" class="h-full w-full
object-cover"
src="https://media.beehiiv.com/uploads/publication/logo/9d2e/thumb_logo.png"></div>
<span class="text-wt-text-on-background text-md font-bold">The Plot Letter</span></a>
<div class="hidden items-center space-x-6 sm:flex">${bhNav
  .map(
    (t) => `<a class="text-wt-text-on-background text-sm font-semibold"
href="/${t.toLowerCase().replace(' ', '-')}">${t}</a>`,
  )
  .join('')}</div>
<div class="flex items-center space-x-2"><a class="rounded-wt border border-wt-border px-3 py-1 text-sm" href="/login">Login</a>
<a class="rounded-wt bg-wt-primary px-3 py-1 text-sm text-wt-text-on-primary" href="/subscribe">Subscribe</a></div></nav></div></div></div>
<main class="mx-auto max-w-6xl px-4 py-10"><div class="mx-auto w-full max-w-2xl space-y-4">
<div class="flex w-full flex-col space-y-3"><h1 class="text-wt-text-on-background text-3xl font-bold sm:text-4xl">${bhTitle}</h1>
<h2 class="text-wt-text-on-background text-lg font-normal">${bhSub}</h2>
<div class="flex flex-col justify-between space-y-4 sm:flex-row sm:items-center sm:space-y-0"><div class="flex items-center space-x-3">
<div class="flex -space-x-2"><img class="h-10 w-10 rounded-full border-2 border-wt-background" alt="Author"
src="https://media.beehiiv.com/uploads/user/profile_picture/wren.jpg"></div>
<div class="flex flex-col"><div class="flex space-x-1"><span class="text-wt-text-on-background text-sm font-semibold">Wren Okafor</span></div>
<div class="flex space-x-1 text-sm text-wt-text-on-background opacity-75"><time datetime="2025-10-18T07:00:00.000Z">October 18, 2025</time></div></div></div>
<div class="flex space-x-2">${bhShare
  .map(
    (t) => `<a class="rounded-full bg-wt-primary p-2" href="#" aria-label="${t}" target="_blank">
<span class="sr-only">${t}</span><svg class="h-4 w-4 text-wt-text-on-primary" fill="currentColor" viewBox="0 0 24 24"><path d="M12 2"></path></svg></a>`,
  )
  .join('')}</div></div></div>
<div class="rendered-post" style="--wt-post-text-color:#1F1F1F;"><div id="content-blocks">
${bh1.map((t) => bhP(t)).join('\n')}
${bhH(bhH1, 'this-week-on-the-plot')}
<div style="padding-left:0px;padding-right:0px;padding-top:20px;padding-bottom:20px;"><div class="image"><img alt="" class="image__image"
style="border-radius:0px 0px 0px 0px;border-style:solid;border-width:0px 0px 0px 0px;box-sizing:border-box;border-color:#E5E7EB;"
src="https://media.beehiiv.com/cdn-cgi/image/fit=scale-down,format=auto,onerror=redirect,quality=80/uploads/asset/file/6b1e/leaves.jpg"></div></div>
${bh2.map((t) => bhP(t)).join('\n')}
<div class="section" style="background-color:#F4F1EA;border-color:#2A3B2F;border-radius:10px;border-style:solid;border-width:2px;margin:0px;padding:20px;">
<p class="paragraph" style="text-align:center;"><span style="color:rgb(123, 123, 123);font-size:0.8rem;">${bhSponsor[0]}</span></p>
<div class="image"><img alt="Hollin Tools" class="image__image" src="https://media.beehiiv.com/uploads/asset/file/0c44/hollin.png"></div>
<h3 class="heading" style="text-align:left;" id="hollins-forged-trowel-turns-ten">${bhSponsor[1]}</h3>
<p class="paragraph" style="text-align:left;">${bhSponsor[2]}</p>
<div class="button-wrapper" style="justify-content:center;"><a class="button__link" href="https://hollintools.co.uk/?utm_source=theplotletter"
rel="noopener noreferrer nofollow" target="_blank"><span class="button__text">${bhSponsor[3]}</span></a></div></div>
${bhH(bhH2, 'three-jobs-before-the-first-frost')}
<div style="padding-bottom:12px;padding-left:0px;padding-right:0px;padding-top:12px;"><ol start="1" style="list-style-type:decimal;margin:0px 0px;">
${bhList.map((t) => `<li><p class="paragraph" style="text-align:left;">${t}</p></li>`).join('\n')}</ol></div>
<div class="poll-block" data-poll-id="c81f2a"><div style="padding:24px;border-radius:10px;background-color:#FFFFFF;">
<p class="poll-block__question" style="font-weight:600;">${bhPoll[0]}</p>
<div class="poll-block__choices">${bhPoll
  .slice(1)
  .map((t) => `<a class="poll-block__choice" href="https://www.theplotletter.com/p/issue-112-leave-your-leaves/poll?choice=${encodeURIComponent(t)}">${t}</a>`)
  .join('\n')}</div><p class="poll-block__login" style="font-size:12px;">Login or Subscribe to participate in polls.</p></div></div>
${bhH(bhH3, 'reader-question')}
${bh3.map((t) => bhP(t)).join('\n')}
</div></div>
<div class="flex justify-center space-x-3 py-6"><a class="rounded-wt border px-4 py-2 text-sm" href="mailto:wren@theplotletter.com">Reply</a>
<button class="rounded-wt border px-4 py-2 text-sm" type="button">Share</button></div>
<div class="rounded-wt bg-wt-primary p-6 text-center"><h3 class="text-wt-text-on-primary text-xl font-bold">${bhSubscribe[0]}</h3>
<p class="text-wt-text-on-primary text-sm">${bhSubscribe[1]}</p><form class="mt-4 flex" action="/create_subscription" method="post">
<input type="email" name="email" placeholder="Enter your email" class="w-full rounded-l-wt px-3 py-2"><button type="submit"
class="rounded-r-wt bg-wt-background px-4 py-2 font-semibold">Subscribe</button></form></div>
<div class="pt-10"><h3 class="text-wt-text-on-background text-xl font-bold">Keep Reading</h3><div class="grid grid-cols-1 gap-6 pt-4 sm:grid-cols-3">
${bhKeep
  .map(
    (t, i) => `<a class="flex flex-col space-y-2" href="/p/issue-${111 - i}"><img class="rounded-wt object-cover" alt=""
src="https://media.beehiiv.com/t${i}.jpg">
<h4 class="text-wt-text-on-background text-md font-semibold">${t}</h4><span class="text-xs opacity-75">${bhKeepDates[i]}</span></a>`,
  )
  .join('\n')}</div></div></div></main>
<footer class="border-t border-wt-border bg-wt-background py-8"><div class="mx-auto max-w-6xl px-4 flex flex-col items-center space-y-3">
<p class="text-sm font-semibold">The Plot Letter</p><div class="flex space-x-4 text-xs">${bhFoot
  .map((t) => `<a href="/${t.toLowerCase().replace(' ', '-')}">${t}</a>`)
  .join('')}</div>
<p class="text-xs">© 2025 The Plot Letter.</p>
<a class="text-xs" href="https://www.beehiiv.com/?utm_source=theplotletter&amp;utm_medium=footer" target="_blank">Powered by beehiiv</a></div></footer>
</div></div>
<script src="https://beehiiv-web-assets.s3.amazonaws.com/build/assets/application-b1f0e6a4.js" type="module"></script>
<script>window.__remixContext = {"state":{"loaderData":{"routes/p/$slug":{"post":{"id":"b8d1","web_title":"${bhTitle}"}}}}};</script>
</body></html>`;
export const beehiivPost: TestPage = {
  html: bhHtml,
  name: 'heldout80-beehiiv-newsletter-blog',
  kind: 'blog',
  // the issue's greeting and sign-off ("See you next Saturday," "Wren") are body; the subtitle is in neither list; the
  // "Together with" sponsor section (label, heading, text, button) and the poll are furniture, and so are the "Keep Reading"
  // cards with their dates; "Seed swap", "Home" and "Posts" are menu items
  title: bhTitle,
  headings: [bhH1, bhH2, bhH3],
  body: [...bh1, ...bh2, ...bhList, ...texts(bh3)],
  bylines: ['Wren Okafor', 'October 18, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Plot Letter', ...bhNav, 'Login', 'Subscribe', ...bhShare, ...bhSponsor, ...bhPoll, 'Login or Subscribe to participate in polls.', 'Reply', 'Share',
    ...bhSubscribe, 'Keep Reading', ...bhKeep, ...bhKeepDates, ...bhFoot, '© 2025 The Plot Letter.', 'Powered by beehiiv',
  ],
};
