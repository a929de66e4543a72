import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout319-kit.js';

/**
 * Held-out batch 319, file e: a Tumblr text post on its permalink page, with a title and two heading blocks (the blog header
 * with Follow, the tags, the notes count, the notes panel with its Replies / Reblogs / Likes tabs, the "More like this" rail,
 * the logged-out sign-up bar and the cookie notice), and a Pinterest pin page for a recipe rich pin (a data page: the pin
 * title, description, ingredient list and steps are the body; the Save bar, the creator row and followers, "Visit site",
 * the comments box and "More to explore" are furniture).
 */
const tbTitle = 'A field guide to the ghost signs of Marrowby';
const tbIntro = [
  j(
    'Ghost signs are the painted advertisements that fade on the brick ends of old buildings. Marrowby has more than most towns',
    'its size, because the mill owners let painters use their gable walls in exchange for free lettering on the mill gates.',
  ),
  j(
    'I have spent two winters photographing them, and a few of you asked for a list you could walk. So here it is: seven signs,',
    'about three kilometres, start at the station and finish at the canal basin where there is a decent café.',
  ),
];
const tbH1 = 'The route';
const tbRoute = [
  'Station Approach: “Ridley’s Cocoa – Warming and Nourishing”, the biggest and best preserved, facing the platform.',
  'Cooper Street: a sign for a pawnbroker, with the three balls still visible if the sun is low.',
  'Mill Lane: two signs on top of each other, a bakery and a bicycle shop, where the newer paint has flaked off the older.',
  'Tanner’s Yard: the ghost of a horse-drawn removals firm, “Distance No Object”.',
  'Canal Basin: the name of a coal merchant in letters a metre high, repainted by the town in 1994.',
];
const tbH2 = 'How to look at them';
const tbTail = [
  j(
    'Go in the morning or late afternoon, when the light comes across the wall rather than straight at it. Raking light shows',
    'the edges of the letters even where the colour has gone. A polarising filter helps on the glazed brick at Mill Lane.',
  ),
  j(
    'Please do not lean ladders against the walls or try to clean anything. Two of the signs are on private houses, and the',
    'owners are kind enough to let people stand in their yards. Say hello if they are in.',
  ),
  'If you spot one I have missed, send me an ask. I am fairly sure there is a faded tailor’s sign behind the ivy on Dyer Street.',
];
const tbTags = ['#ghost signs', '#marrowby', '#urban history', '#walking', '#photography'];
const tbNotes = [
  ['brickandbeam', 'reblogged this from', 'marrowby-walks'],
  ['quietstreets', 'Did the Dyer Street one last week. There is definitely lettering under the ivy, I think it says OUTFITTER.', ''],
  ['fennel-and-rust', 'liked this', ''],
];
const tbMore = ['Hand-painted shopfronts of the north coast', 'Typewriter repair, a beginner’s notes', 'Mill towns by bicycle'];
const tbHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Marrowby Walks — ${tbTitle}</title>
<meta name="description" content="Ghost signs are the painted advertisements that fade on the brick ends of old buildings.">
<meta property="og:type" content="tumblr-feed:text"><meta property="og:title" content="${tbTitle}"><meta property="og:site_name" content="Tumblr">
<meta name="twitter:card" content="summary"><link rel="canonical" href="https://www.tumblr.com/marrowby-walks/745120033/a-field-guide-to-the-ghost-signs">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"SocialMediaPosting","headline":"${tbTitle}",
"author":{"@type":"Person","name":"marrowby-walks"},"datePublished":"2026-02-27T18:05:00Z"}</script>
<script type="text/javascript" nonce="x1">window['___INITIAL_STATE___'] = {"routeName":"peepr-route","isLoggedIn":false};</script>
</head><body><div id="root"><div id="base-container"><div class="Ppuoq"><header class="MwzXZ" role="banner"><a aria-label="Home" href="/" class="VHBH1">
<svg height="28" viewBox="0 0 21 36"></svg></a><div class="nEZJ9"><input class="HitdG" placeholder="Search Tumblr" type="text"></div>
<div class="qDPFV"><a class="TRX6J" href="/register">Sign up</a><a class="TRX6J" href="/login">Log in</a></div></header>
<main class="_1gz4p"><div class="TbyTt"><div class="tZ0DE"><div class="BjErQ"><a class="BSUG4 UFDFS" href="/marrowby-walks" title="marrowby-walks"><img
alt="Avatar" class="RoN4R" src="https://64.media.tumblr.example/avatar.png"></a><div class="I3VVw"><a class="BSUG4" href="/marrowby-walks">marrowby-walks</a>
<button class="TRX6J QjH6Q">Follow</button></div></div>
<article class="FtjPK r8IDa"><div class="GzjsW"><div class="VDRZ4"><div class="k31gt"><h1 class="hF8Wr YkQj_">${tbTitle}</h1></div>
<div class="k31gt">${ps(tbIntro)}</div><div class="k31gt"><h2 class="hF8Wr Qrht9">${tbH1}</h2></div>
<div class="k31gt"><ol class="CBa7u">${tbRoute.map((r) => `<li class="zsgX4"><p>${r}</p></li>`).join('\n')}</ol></div>
<figure class="IvCnj"><div class="GA64O"><img alt="A faded cocoa advert on a brick gable" src="https://64.media.tumblr.example/sign.jpg"></div>
<figcaption class="QaCVx">Ridley’s Cocoa on Station Approach, February</figcaption></figure>
<div class="k31gt"><h2 class="hF8Wr Qrht9">${tbH2}</h2></div><div class="k31gt">${ps(tbTail)}</div></div></div>
<div class="hAFp3"><div class="mwjNz">${tbTags.map((t) => `<a class="KSDLH" href="/tagged/${t.slice(1).replace(/ /g, '+')}">${t}</a>`).join('')}</div></div>
<footer class="tqbXV"><div class="EqQuU"><button class="QPUDm"><span class="BMW1J">1,842 notes</span></button></div><div class="MCavR">
<button aria-label="Share">Share</button><button aria-label="Reply">Reply</button><button aria-label="Reblog">Reblog</button>
<button aria-label="Like">Like</button>
</div></footer></article>
<div class="Ey9Ei" role="region" aria-label="Notes"><div role="tablist" class="w2xYC"><button role="tab">Replies</button><button role="tab">Reblogs</button>
<button role="tab">Likes</button></div><ol class="Iq4x0">
${tbNotes
  .map(
    ([u, t, from]) =>
      `<li class="Qb2D9">
<a class="BSUG4" href="/${u}">${u}</a> <span class="mbGjE">${t}</span>${from === '' ? '' : ` <a class="BSUG4" href="/${from}">${from}</a>`}</li>`,
  )
  .join('\n')}
</ol></div><div class="GkrLq"><h3 class="LwqGg">More like this</h3><ul>${links(tbMore, 'IJlCK')}</ul></div></div></div></main>
<div class="nS_k0" role="complementary"><p class="tXH7U">Sign up to follow marrowby-walks and more of what you love.</p><a href="/register">Sign me up</a></div>
<div class="fhhXk" role="dialog"><p>We and our partners use cookies to show you what you like on Tumblr.</p><button>Accept all</button>
<button>Manage</button></div>
</div></div></div></body></html>`;
const tumblr: TestPage = {
  name: 'heldout319-tumblr-text-post-blog',
  kind: 'blog',
  html: tbHtml,
  title: tbTitle,
  headings: [tbH1, tbH2],
  body: texts([...tbIntro, ...tbRoute, ...tbTail]),
  bylines: ['marrowby-walks'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign up', 'Log in', 'Follow', 'Ridley’s Cocoa on Station Approach, February', ...tbTags, '1,842 notes', 'Share', 'Reply', 'Reblog', 'Like', 'Replies',
    'Reblogs', 'Likes', 'brickandbeam', 'reblogged this from', 'quietstreets', tbNotes[1]?.[1] ?? '', 'fennel-and-rust', 'liked this', 'More like this',
    ...tbMore, 'Sign up to follow marrowby-walks and more of what you love.', 'Sign me up',
    'We and our partners use cookies to show you what you like on Tumblr.', 'Accept all', 'Manage',
  ],
};

const pnTitle = 'One-tray roast squash and lentil salad with whipped feta';
const pnDesc = [
  j(
    'Our most-saved weeknight dinner this winter: everything roasts on one tray while the lentils simmer, and the whipped feta',
    'takes two minutes in a blender. It keeps for three days in the fridge, so it doubles as a packed lunch.',
  ),
];
const pnFacts = ['Prep time: 15 min', 'Cook time: 35 min', 'Serves 4', 'Calories per serving: 460'];
const pnIng = [
  '1 small butternut squash (about 900 g), peeled and cut into 2 cm cubes',
  '2 red onions, cut into wedges',
  '3 tbsp olive oil, plus extra to drizzle',
  '1 tsp smoked paprika and 1 tsp ground cumin',
  '200 g dried green lentils, rinsed',
  '100 g baby spinach',
  '150 g feta and 4 tbsp Greek yoghurt',
  '1 lemon, zest and juice',
  'A handful of toasted pumpkin seeds',
];
const pnSteps = [
  'Heat the oven to 210°C (190°C fan). Toss the squash and onion with the oil and spices, spread on a large tray and roast for 30 to 35 minutes.',
  'Meanwhile, simmer the lentils in plenty of unsalted water for 20 to 25 minutes until just tender, then drain well.',
  'Blend the feta, yoghurt and lemon zest until smooth; loosen with a spoonful of water if it is too thick to spread.',
  'Toss the warm lentils with the spinach, lemon juice and a pinch of salt so the leaves wilt slightly.',
  'Spread the whipped feta on a platter, top with the lentils and roasted squash, and finish with pumpkin seeds and a drizzle of oil.',
];
const pnNote = j(
  'Tip from the test kitchen: if your lentils split, they are still fine for the salad, just stir them in more gently. Puy lentils',
  'hold their shape best if you can find them.',
);
const pnMore = ['Crispy chickpea traybake', 'Miso roasted carrots with sesame', 'Five lunch boxes for the week', 'Beetroot hummus bowl'];
const pnHtml = `<!DOCTYPE html><html lang="en-GB" dir="ltr"><head><meta charset="utf-8"><title>${pnTitle} | Pinterest</title>
<meta name="description" content="Our most-saved weeknight dinner this winter."><meta property="og:type" content="pinterestapp:pin">
<meta property="og:title" content="${pnTitle}"><meta property="og:site_name" content="Pinterest"><meta property="pinterestapp:saves" content="12408">
<meta property="og:see_also" content="https://www.larchkitchen.example/squash-lentil-salad">
<link rel="canonical" href="https://www.pinterest.co.uk/pin/889104523/">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Recipe","name":"${pnTitle}","author":{"@type":"Person","name":"Larch Kitchen"},
"recipeYield":"4","prepTime":"PT15M","cookTime":"PT35M"}</script>
<script id="__PWS_INITIAL_PROPS__" type="application/json">{"initialReduxState":{"pins":{"889104523":{"id":"889104523","repin_count":12408}}}}</script>
</head><body><div id="__PWS_ROOT__"><div class="App AppBase" data-test-id="unauth-app"><div class="appContent"><div class="zI7 iyn Hsu" data-test-id="header">
<a aria-label="Pinterest homepage" href="/"><svg height="32" viewBox="0 0 24 24"></svg><span class="tBJ dyH iFc">Pinterest</span></a>
<div class="Jea XiG" data-test-id="header-nav">${['Explore', 'Shop', 'About']
  .map(
    (t) => `<a class="Jea" href="/${t.toLowerCase()}">
<div class="tBJ dyH">${t}</div></a>`,
  )
  .join('')}</div>
<div class="Jea"><input aria-label="Search" placeholder="Search for easy dinners, fashion, etc." type="text"></div>
<div class="Jea"><button data-test-id="simple-login-button"><div class="tBJ">Log in</div></button><button data-test-id="simple-signup-button"><div
class="tBJ">Sign up</div></button></div></div>
<div class="Jea Kdq" data-test-id="closeup-body"><div class="Jea zI7 iyn" data-test-id="pin" data-test-pin-id="889104523"><div data-test-id="closeup-image"
class="zI7 iyn"><img alt="Roast squash and lentil salad on a platter with whipped feta" src="https://i.pinimg.example/736x/squash.jpg"></div>
<div class="Jea jzS" data-test-id="closeup-action-bar"><button aria-label="More options">More options</button><button aria-label="Share">Share</button>
<a data-test-id="visit-button" href="https://www.larchkitchen.example/squash-lentil-salad">Visit site</a>
<button data-test-id="PinBetterSaveButton">Save</button></div>
<div class="Jea hDW" data-test-id="closeup-title"><h1 class="lH1 dyH iFc H2s GTB X8m zDA IZT" data-test-id="pinTitle">${pnTitle}</h1></div>
<div data-test-id="truncated-description"><div class="tBJ dyH iFc sAJ X8m zDA IZT swG">${pnDesc[0]}</div></div>
<div class="Jea" data-test-id="recipe-details"><ul class="tBJ dyH">${pnFacts.map((f) => `<li>${f}</li>`).join('')}</ul>
<h2 class="lH1 dyH iFc" data-test-id="recipe-ingredients-title">Ingredients</h2>
<ul data-test-id="recipe-ingredients">${pnIng.map((i) => `<li>${i}</li>`).join('\n')}</ul>
<h2 class="lH1 dyH iFc" data-test-id="recipe-steps-title">Method</h2><ol data-test-id="recipe-steps">${pnSteps.map((s) => `<li>${s}</li>`).join('\n')}</ol>
<p class="tBJ dyH" data-test-id="recipe-note">${pnNote}</p></div>
<div class="Jea" data-test-id="creator-card-profile"><a href="/larchkitchen/"><div data-test-id="creator-profile-name" class="tBJ dyH">Larch Kitchen</div></a>
<div class="tBJ dyH" data-test-id="creator-follower-count">84.1k followers</div><button data-test-id="creator-follow-button">Follow</button></div>
<div class="Jea" data-test-id="closeup-comments"><h2 class="lH1">Comments</h2><div class="tBJ">No comments yet</div><div class="tBJ">Add one to start the
conversation.</div><div data-test-id="comment-editor-container"><div class="tBJ">Add a comment</div></div>
<div class="tBJ" data-test-id="reaction-count">What do you think?</div></div></div>
<div class="Jea" data-test-id="related-pins-title"><h2 class="lH1">More to explore</h2></div><div data-test-id="related-pins" class="vbI XiG">
${pnMore
  .map(
    (m) => `<div data-test-id="pinWrapper" role="listitem"><a aria-label="${m}" href="/pin/${m.length}"><div class="tBJ dyH">${m}</div></a>
</div>`,
  )
  .join('\n')}
</div></div></div><div class="Jea" data-test-id="full-page-signup-close-button"><div class="tBJ">Welcome to Pinterest</div><div class="tBJ">Find new ideas to
try</div></div></div></div>
<script async src="https://s.pinimg.example/webapp/vendor-react.js"></script></body></html>`;
const pinterest: TestPage = {
  name: 'heldout319-pinterest-recipe-pin-blog',
  kind: 'blog',
  html: pnHtml,
  title: pnTitle,
  headings: ['Ingredients', 'Method'],
  body: texts([...pnDesc, ...pnFacts, ...pnIng, ...pnSteps, pnNote]),
  bylines: ['Larch Kitchen'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Pinterest', 'Explore', 'Shop', 'About', 'Log in', 'Sign up', 'More options', 'Share', 'Visit site', 'Save', '84.1k followers', 'Follow', 'Comments',
    'No comments yet', 'Add one to start the conversation.', 'Add a comment', 'What do you think?', 'More to explore', ...pnMore, 'Welcome to Pinterest',
    'Find new ideas to try',
  ],
};

export const HELDOUT319_E: readonly TestPage[] = [tumblr, pinterest];
