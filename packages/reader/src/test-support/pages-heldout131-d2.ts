import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 131, file d2: a Tumblr text post as the logged-out web view (www.tumblr.com/blog/post) saves it: hashed
 * class names, the top bar with the Tumblr logo, search, "Log in" and "Sign up", the blog header card with title,
 * description and "Follow", the post with its header (blog name, "Follow"), the NPF text blocks with the heading block
 * as an h1 and sub-headings as h2, the tag list, the notes count and the icon-only action buttons, "More from
 * @mendwithmarigold" cards, the logged-out sign-up banner, the footer links and the ___INITIAL_STATE___ JSON script.
 */
const tbTitle = 'How I darn wool socks (long post, sorry)';
const tbP1 = [
  'A few people asked after my last post, so here is the whole process. I have been darning my own socks for about six years now ' +
    'and I still find it one of the most calming things I do with my hands.',
];
const tbH1 = 'What you need';
const tbList = [
  'A darning mushroom, or a smooth egg-shaped thing that fits inside the sock (I used a light bulb for years)',
  'Wool yarn roughly the same weight as the sock',
  'A blunt darning needle with a big eye',
];
const tbP2 = ['That is genuinely it. You do not need a special loom or anything fancy, although the little darning looms are fun.'];
const tbH2 = 'Step one: stabilise the hole';
const tbP3 = [
  'Put the mushroom inside the sock under the hole. Run a line of small running stitches in a rough circle around the thin area, ' +
    'about a centimetre out from where the fabric is still solid. This stops the hole growing while you work.',
];
const tbH3 = 'Step two: the warp';
const tbP4 = [
  'Now stitch back and forth across the hole in one direction, picking up a little of the solid fabric at each end. Keep the ' +
    'threads close together and do not pull them tight, or the darn will pucker. These are your warp threads.',
];
const tbH4 = 'Step three: the weft';
const tbP5 = [
  'Turn the sock ninety degrees and weave across the warp threads, over one and under one, then under one and over one on the way ' +
    'back. Push each row up against the last with the tip of the needle. It looks messy at first and then suddenly it looks like cloth.',
  'When you reach the far side, weave the tail back through the darn and snip it. Done!',
  'A darn like this takes me about twenty minutes for a hole the size of a thumbnail, and it usually outlasts the rest of the sock. ' +
    'I like using a contrasting colour so I can see the history of every pair.',
  'Questions welcome in the replies, I will answer as many as I can.',
];
const tbBlog = ['Marigold Mends', 'visible mending, darning, patching and the occasional jumper. she/her. uk.'];
const tbTags = ['#darning', '#visible mending', '#mending', '#socks', '#slow fashion', '#long post'];
const tbMore = [
  { text: 'sashiko patch on my partner’s work jeans, round three', notes: '842 notes' },
  { text: 'reminder that a darn does not have to match. make it loud.', notes: '3,117 notes' },
];
const tbBanner = ['Tumblr is where your interests connect you with your people.', 'Sign me up', 'Log in'];
const tbFoot = ['Terms', 'Privacy', 'Support', 'About', 'Apps', 'Jobs', 'Blog'];
const ns = (t: string, cls = 'k31gt'): string => `<div class="${cls}"><p>${t}</p></div>`;
const follow = `<button class="TRX6J CxLjL qjTo7 IMvK3 hAkP2" aria-label="Follow"><span class="EvhBA f68ED kk3cQ" tabindex="-1">Follow</span></button>`;
const tbHtml = `<!DOCTYPE html>
<html lang="en" data-theme="true"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Marigold Mends — How I darn wool socks (long post, sorry)</title><meta name="description" content="${tbP1[0]!.slice(0, 120)}">
<meta property="og:site_name" content="Tumblr"><meta property="og:type" content="tumblr-feed:entry"><meta property="og:title" content="Marigold Mends">
<meta property="og:description" content="${tbTitle}"><meta name="twitter:card" content="summary"><meta name="twitter:site" content="tumblr">
<link rel="canonical" href="https://www.tumblr.example/mendwithmarigold/764411902318559232/how-i-darn-wool-socks-long-post-sorry">
<link rel="alternate" type="application/json+oembed"
href="https://www.tumblr.example/oembed/1.0?url=https://www.tumblr.example/mendwithmarigold/764411902318559232">
<link rel="stylesheet" media="screen" href="https://assets.tumblr.example/pop/main-8e2f1c0a.css">
<script type="application/ld+json">{"@type":"SocialMediaPosting","@context":"http://schema.org","headline":"${tbTitle}",
"url":"https://www.tumblr.example/mendwithmarigold/764411902318559232/how-i-darn-wool-socks-long-post-sorry","datePublished":"2024-11-03T19:22:05+00:00",
"author":{"@type":"Person","url":"https://www.tumblr.example/mendwithmarigold","name":"mendwithmarigold"},
"interactionStatistic":[{"@type":"InteractionCounter","interactionType":"https://schema.org/LikeAction","userInteractionCount":1204}]}</script></head>
<body><div id="root"><div class="cQs8b"><div id="base-container"><div class="lSyOz"><header class="tiUEc" role="banner"><div class="fHKtB">
<a href="https://www.tumblr.example/" aria-label="Tumblr"><svg xmlns="http://www.w3.org/2000/svg" height="32" width="32" role="presentation"><use
href="#managed-icon__logo-tumblr">
</use></svg></a><div class="HpWT4"><form role="search" action="https://www.tumblr.example/search" method="get"><input name="q" type="text" autocomplete="off"
aria-label="Search" class="uZZJt" placeholder="Search Tumblr" autocapitalize="sentences" value=""></form></div><div class="OtedA">
<a href="https://www.tumblr.example/login?redirect_to=%2Fmendwithmarigold%2F764411902318559232" class="TRX6J VxmZd"><span
class="EvhBA">${tbBanner[2]}</span></a>
<a href="https://www.tumblr.example/register?redirect_to=%2Fmendwithmarigold" class="TRX6J CxLjL"><span class="EvhBA">Sign up</span></a></div></div></header>
<div class="ZkG01"><main class="rb1ar" role="main"><div class="WG0S1 blog-view"><div class="fvmCi"><div class="Qihwb" style="background-color:#f3ecdf">
<div class="ckfGD"><img alt="" src="https://64.media.tumblr.example/header/mendwithmarigold.png" loading="eager"></div><div class="Vz8dA">
<a href="https://www.tumblr.example/mendwithmarigold" aria-label="mendwithmarigold" class="BSUG4"><img class="RoN4R" alt="Avatar" loading="eager"
src="https://64.media.tumblr.example/avatar_mendwithmarigold_128.pnj"></a><h2 class="o2xEG">${tbBlog[0]}</h2><div class="KxRuD">${tbBlog[1]}</div>
${follow}</div></div></div>
<div class="DA_vd"><div class="zAlrA"><div class="Evcyl"><article class="FtjPK r0etU" aria-label="Post by mendwithmarigold" tabindex="-1"><div class="xYcqS">
<header class="ntiBu"><div class="BPf9u"><div class="ZJdm4"><a class="BSUG4" title="mendwithmarigold" href="https://www.tumblr.example/mendwithmarigold">
<img class="RoN4R" alt="Avatar" src="https://64.media.tumblr.example/avatar_mendwithmarigold_64.pnj" loading="lazy"></a></div><div class="ZJdm4"><div
class="lIQno">
<span class="ZN00W"><div class="fTJAC"><a class="BSUG4 zHhsx" title="mendwithmarigold"
href="https://www.tumblr.example/mendwithmarigold">mendwithmarigold</a></div>
</span></div></div></div><div class="jPhIc">${follow}<span class="Ccw3s"><button class="TRX6J" aria-label="More options" aria-expanded="false"><span
class="EvhBA"
tabindex="-1"><svg xmlns="http://www.w3.org/2000/svg" height="24" width="24" role="presentation"><use
href="#managed-icon__ellipsis"></use></svg></span></button>
</span></div></header><div class="Qb2zX"><div class="GzjsW"><div class="VDRZ4"><span><div class="c79Av">
<div class="k31gt"><h1>${tbTitle}</h1></div>
${tbP1.map((t) => ns(t)).join('\n')}
<div class="k31gt"><h2>${tbH1}</h2></div>
<div class="k31gt"><ul>${tbList.map((t) => `<li>${t}</li>`).join('\n')}</ul></div>
${tbP2.map((t) => ns(t)).join('\n')}
<div class="k31gt"><h2>${tbH2}</h2></div>
${tbP3.map((t) => ns(t)).join('\n')}
<figure class="tmblr-full" data-orig-height="1350" data-orig-width="1080"><div class="WUkpL"><img srcset="https://64.media.tumblr.example/a1/s640x960/warp.jpg
640w"
sizes="(max-width: 540px) 100vw, 540px" alt="image" class="RoN4R tPU70 xhGbM" loading="lazy" style="width:540px;height:675px"></div></figure>
<div class="k31gt"><h2>${tbH3}</h2></div>
${tbP4.map((t) => ns(t)).join('\n')}
<div class="k31gt"><h2>${tbH4}</h2></div>
${tbP5.map((t) => ns(t)).join('\n')}
</div></span></div></div>
<div class="hAFp3"><div class="mwjNz">${tbTags
  .map((t) => `<a class="KSDLH" href="https://www.tumblr.example/tagged/${encodeURIComponent(t.slice(1))}" target="_blank" rel="noopener">${t}</a>`)
  .join('\n')}</div></div></div>
<footer class="MCavR"><div class="Q80Ly"><div class="qYCaO"><button class="TRX6J sFvzO" aria-label="Notes" aria-expanded="false"><span class="EvhBA"
tabindex="-1">
<span class="BXZ1O">1,204 notes</span></span></button></div><div class="MCavR">
${['Share', 'Reply', 'Reblog', 'Like']
  .map(
    (a) => `<div class="DTrJb"><button class="TRX6J" aria-label="${a}"><span class="EvhBA" tabindex="-1"><svg xmlns="http://www.w3.org/2000/svg" height="24"
width="24"
role="presentation"><use href="#managed-icon__${a.toLowerCase()}"></use></svg></span></button></div>`,
  )
  .join('\n')}</div></div></footer></div></article></div></div>
<section class="IiZ2v" aria-label="More from this blog"><h2 class="mXrA_">More from @mendwithmarigold</h2>${tbMore
  .map(
    (m, n) => `<article class="FtjPK" aria-label="Post by mendwithmarigold"><a class="BSUG4" href="https://www.tumblr.example/mendwithmarigold/76440${n}">
<div class="GzjsW"><div class="k31gt"><p>${m.text}</p></div></div></a><footer class="MCavR"><span class="BXZ1O">${m.notes}</span></footer></article>`,
  )
  .join('\n')}</section></div></div></main></div>
<div class="iXKe0" role="region" aria-label="Sign up"><div class="ZTjJs"><p class="c5QtA">${tbBanner[0]}</p><a class="TRX6J CxLjL"
href="https://www.tumblr.example/register">${tbBanner[1]}</a><a class="TRX6J" href="https://www.tumblr.example/login">${tbBanner[2]}</a></div></div>
<footer class="vPjsv"><nav aria-label="Footer"><ul class="j_q8D">${tbFoot
  .map((t) => `<li><a href="https://www.tumblr.example/${t.toLowerCase()}" target="_blank" rel="noopener">${t}</a></li>`)
  .join('\n')}</ul></nav></footer></div></div></div></div>
<script type="application/json" id="___INITIAL_STATE___">{"routeName":"blog-view","routeUsesPalette":true,"isLoggedIn":{"isLoggedIn":false},
"PeeprRoute":{"blogName":"mendwithmarigold","postId":"764411902318559232","initialTimeline":{"objects":[{"objectType":"post","type":"blocks",
"id":"764411902318559232","noteCount":1204,"content":[{"type":"text","subtype":"heading1","text":"${tbTitle}"},{"type":"text","text":"A few people asked"}],
"tags":["darning","visible mending","mending","socks","slow fashion","long post"]}]}}}</script>
<script src="https://assets.tumblr.example/pop/vendor-3b91d5c2.js" defer></script><script src="https://assets.tumblr.example/pop/main-8e2f1c0a.js"
defer></script>
</body></html>`;
export const tumblrPost: TestPage = {
  name: 'heldout131-tumblr-text-blog',
  kind: 'blog',
  html: tbHtml,
  // the post's heading block (an h1 inside the post body) is the title; the blog title h2, tags, notes and the
  // "More from" cards are furniture; the blog name in the post header is the byline
  title: tbTitle,
  headings: [tbH1, tbH2, tbH3, tbH4],
  body: texts([...tbP1, ...tbList, ...tbP2, ...tbP3, ...tbP4, ...tbP5]),
  bylines: ['mendwithmarigold'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign up', ...tbBlog, 'Follow', ...tbTags, '1,204 notes', 'More from @mendwithmarigold', ...tbMore.flatMap((m) => [m.text, m.notes]), ...tbBanner,
    ...tbFoot,
  ],
};
