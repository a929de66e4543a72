import { type TestPage, texts } from './page-kit.js';
import { spiceworksTopic } from './pages-heldout35-f2.js';

/**
 * Held-out batch 35, file f: a Tumblr reblog chain as tumblr.com shows a post on a blog to a logged-out visitor (the React
 * app's hashed class names, the top bar with search and Log in / Sign up, the blog header with title, description and
 * Follow, the post header "lanternmoth reblogged mossbank-kitchen", the reblog trail of four blogs each with its name over
 * its content (an NPF heading, paragraphs, a list), the reblogger's own addition, tags, the note count and icon buttons with
 * their labels, "More like this", the sign-up banner, the cookie notice and the initial state script).
 */
const tbTitle = 'The oldest gingerbread recipe in our archive has no ginger in the dough';
const tbOrig = [
  'We’ve been cataloguing a household manuscript from around 1740, and the “gingerbread” on page 31 is nothing like the cake most ' +
    'people picture. It’s stale breadcrumbs boiled with honey until stiff, coloured with red sandalwood, pressed into a wooden mould ' +
    'and then dusted with ground ginger and cinnamon on the outside.',
  'The writer notes that it “keepeth a twelvemonth”, which we have chosen to believe without testing.',
];
const tbSalt = [
  'This is the older style of gingerbread that goes back to medieval recipes, and the breadcrumb version survived in some ' +
    'households long after the treacle and flour versions became fashionable. The sandalwood was there for colour, the way we’d use ' +
    'food colouring now.',
  'Gilded gingerbread was a fairground treat, and sometimes the “gilding” was just a bit of gold leaf on the raised parts of the mould.',
  'Surviving moulds from the period are carved with saints, horses, hearts and the occasional very smug-looking king, and that ' +
    'detail only shows if the dough is stiff enough to hold it, which is exactly what the breadcrumb method gives you.',
];
const tbMoss = ['I tried this over the weekend with a half quantity. Notes for anyone else who wants to:'];
const tbMossList = [
  'Use properly stale white bread, dried in a low oven if you have to. Fresh crumbs turn to paste.',
  'Boil the honey first and add crumbs a spoonful at a time. It goes from syrup to stiff dough very suddenly.',
  'Skip the sandalwood unless you can find a food-grade source. Mine was just brown and nobody minded.',
];
const tbMoss2 = ['It tastes like a chewy honey biscuit with a spiced crust. Very rich; one small square is plenty.'];
const tbHours = ['for the record “keepeth a twelvemonth” is also my plan for the christmas cake nobody eats'];
const tbMoth = [
  'the fact that the manuscript writer casually claims it lasts a year and the archivists said “we have chosen to believe this” is ' + 'sending me',
  'making this tonight with the stale end of a sourdough loaf, will report back',
];
const tbTags = ['#food history', '#baking', '#gingerbread', '#i’m making this tonight', '#sorry to the sandalwood'];
const tbMore = [
  'A 1780s recipe for “portable soup” that is basically a meat fruit leather',
  'Every marginal doodle in this herbal is a snail and I have questions',
];
const trail = (blog: string, id: string, inner: string): string => `<div class="u2tXn"><div class="k31gt"><div class="hF8Ik"><div class="ZN9Pq">
<span class="hpMiF"><a class="BSUG4" title="${blog}" href="https://www.tumblr.com/${blog}/${id}" role="link" tabindex="0">${blog}</a></span></div></div>
<div class="LaNUG"><div class="VDRZ4">${inner}</div></div></div></div>`;
const tp = (ps: readonly string[]): string => ps.map((p) => `<div class="k31gt"><p>${p}</p></div>`).join('\n');
const tbHtml = `<!DOCTYPE html>
<html lang="en-us" class="tumblr-theme"><head><meta charset="utf-8"><title>lanternmoth on Tumblr: ${tbTitle}</title>
<meta name="description" content="We’ve been cataloguing a household manuscript from around 1740"><meta property="og:site_name" content="Tumblr">
<meta property="og:title" content="moth to the lantern"><meta property="og:type" content="article"><link rel="stylesheet" \
href="https://assets.tumblr.com/pop/s/css/main.css">
<style>.FtjPK{background:var(--white)}.u2tXn + .u2tXn{border-top:1px solid rgba(var(--black),.13)}</style></head>
<body><div id="root"><div class="j9_FQ"><div class="h_Erh"><header class="t0eNn" role="banner"><a class="Hzq5p" href="https://www.tumblr.com/" \
aria-label="Home">
<svg viewBox="0 0 21 36" width="21" height="36"><title>Tumblr</title><path d="M11 7.6V0H6.9"></path></svg></a><div class="ZLMrM" role="search">
<form method="GET" action="/search"><input aria-label="Search" class="X5iYW" name="q" placeholder="Search Tumblr" type="text" autocomplete="off"></form></div>
<div class="EPGIE"><a class="VmbqY" href="https://www.tumblr.com/login"><span class="EvhBA">Log in</span></a><a class="VmbqY GKC3y" \
href="https://www.tumblr.com/register">
<span class="EvhBA">Sign up</span></a></div></header></div><main class="lSyOz" role="main"><div class="lRHhg"><div class="mXfMw">
<section class="vp6bX" aria-label="Blog header"><div class="Ww8ll"><a href="https://www.tumblr.com/lanternmoth" class="BSUG4"><img alt="Avatar" class="RoN4R"
 src="https://64.media.tumblr.com/avatar_4b1c2d3e_128.pnj" width="96"></a></div><h1 class="b14Ru">moth to the lantern</h1>
<div class="Lp_Ne"><p>bookbinding, old recipes, whatever else. she/her.</p></div><button class="TRX6J CxLjL qjTo7"><span class="EvhBA">Follow</span></button>\
</section>
<div class="zAlrA"><article class="FtjPK r0etU" tabindex="-1" aria-label="Post by lanternmoth"><header class="YkQj_"><div class="ZJdm4"><div class="Zcsg9">
<span class="hpMiF"><a class="BSUG4" title="lanternmoth" href="https://www.tumblr.com/lanternmoth" role="link">lanternmoth</a></span><span class="gyrjf">
<svg aria-label="reblogged" width="15" height="15"><use href="#managed-icon__reblog-compact"></use></svg></span><span class="hpMiF">
<a class="BSUG4" title="mossbank-kitchen" href="https://www.tumblr.com/mossbank-kitchen/770061328845299712">mossbank-kitchen</a></span></div></div>
<div class="vnHMo"><button class="TRX6J" aria-label="Follow"><span class="MAI3y">Follow</span></button><button class="TRX6J" aria-label="More options">
<svg width="24" height="24"><use href="#managed-icon__ellipsis"></use></svg></button></div></header><div class="GzjsW">
${trail(
  'archivistofcrumbs',
  '769912047301738496',
  `<div class="k31gt"><h1 class="Gp7hK">${tbTitle}</h1></div>
<figure class="tmblr-full" data-orig-height="1200" data-orig-width="900"><img alt="Image description: a page of brown handwriting headed Ginger Bread."
 src="https://64.media.tumblr.com/8e0c7d/s540x810/manuscript.jpg"></figure>${tp(tbOrig)}`,
)}
${trail('saltcellar-history', '769960512215384064', tp(tbSalt))}
${trail(
  'mossbank-kitchen',
  '770061328845299712',
  `${tp(tbMoss)}<div class="k31gt"><ul>${tbMossList.map((l) => `<li>${l}</li>`).join('')}</ul></div>${tp(tbMoss2)}`,
)}
${trail('oddly-specific-hours', '770104488219213824', tp(tbHours))}
${trail('lanternmoth', '770142257301610496', tp(tbMoth))}
</div><div class="hAFp3"><div class="Uz5ZW">${tbTags
  .map((t) => `<a class="KSDLH" href="https://www.tumblr.com/tagged/${encodeURIComponent(t.slice(1))}" role="link">${t}</a>`)
  .join('')}</div></div>
<footer class="mwjNz"><div class="MCavR"><div class="o3bNa"><button class="AxZwm"><span class="rkFHm"><span class="eyjT1">4,812 notes</span></span></button>\
</div>
<div class="iYrnR"><span class="Y5pD0"><button aria-label="Share" class="TRX6J"><svg><use href="#managed-icon__share"></use></svg></button></span>
<span class="Y5pD0"><button aria-label="Reply" class="TRX6J"><svg><use href="#managed-icon__reply"></use></svg></button></span><span class="Y5pD0">
<button aria-label="Reblog" class="TRX6J"><svg><use href="#managed-icon__reblog"></use></svg></button></span><span class="Y5pD0"><button aria-label="Like"
 class="TRX6J"><svg><use href="#managed-icon__like-outline"></use></svg></button></span></div></div></footer></article></div>
<section class="Qrht9" aria-label="More like this"><h2 class="NOWqb">More like this</h2><ul>${tbMore
  .map((t) => `<li class="ukBuB"><a href="https://www.tumblr.com/explore" class="BSUG4">${t}</a></li>`)
  .join('')}</ul></section></div></div></main>
<div class="YgqgG" role="dialog" aria-label="Sign up"><div class="EoCJG"><p class="zsXVe">Join over 100 million people using Tumblr to find their communities \
and \
make friends.</p><a class="VmbqY" href="https://www.tumblr.com/register"><span class="EvhBA">Sign me up</span></a><a class="VmbqY" \
href="https://www.tumblr.com/login">\
<span class="EvhBA">Log in</span></a></div></div>
<div class="cmp-banner" role="region" aria-label="Cookie banner"><p>Tumblr and our partners use cookies to personalize content, provide features and measure \
traffic.</p><button>Accept</button><button>Manage options</button></div></div></div>
<script type="text/javascript" nonce="LkQ2r9">window['___INITIAL_STATE___'] = {"routeName":"blogView","isLoggedIn":{"isLoggedIn":false},\
"queries":{"queries":[{"queryKey":["blog-view","lanternmoth"],"state":{"status":"success"}}]}};</script></body></html>`;
const tumblrReblogChain: TestPage = {
  html: tbHtml,
  name: 'heldout35-tumblr-reblog-chain',
  kind: 'blog',
  // the original post's NPF heading is the title (Tumblr posts have no other); every blog's addition in the trail is body (the
  // original, the history note, the recipe notes with their list, the one-liner and the reblogger's own lines), in trail
  // order; the five blog names are bylines (the post header repeats two of them; the page shows no dates); the blog header
  // (title, description, Follow), tags, note count, "More like this", the sign-up banner, cookie banner and top bar are
  // furniture; the image's described alt is in neither; "Accept" is left out (too common), and so is the tag "#gingerbread"
  // (a word of the body); the icon-only buttons have no text
  title: tbTitle,
  headings: [],
  body: texts([...tbOrig, ...tbSalt, ...tbMoss, ...tbMossList, ...tbMoss2, ...tbHours, ...tbMoth]),
  bylines: ['archivistofcrumbs', 'saltcellar-history', 'mossbank-kitchen', 'oddly-specific-hours', 'lanternmoth'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tumblr', 'Log in', 'Sign up', 'moth to the lantern', 'bookbinding, old recipes, whatever else. she/her.', 'Follow',
    ...tbTags.filter((t) => t !== '#gingerbread'), '4,812 notes',
    'More like this', ...tbMore, 'Join over 100 million people using Tumblr to find their communities and make friends.', 'Sign me up',
    'Tumblr and our partners use cookies to personalize content, provide features and measure traffic.', 'Manage options',
  ],
};

export const HELDOUT35_F: readonly TestPage[] = [tumblrReblogChain, spiceworksTopic];
