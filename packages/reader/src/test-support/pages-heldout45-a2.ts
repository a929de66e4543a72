import type { TestPage } from './page-kit.js';

/**
 * Held-out batch 45, file a2: a Pinterest pin page as a logged-out visitor saves it (the unauth header, the closeup with
 * "Share", "Save" and the board picker, the pin title, source link and description, a recipe rich pin's ingredient list,
 * the creator card with followers and "Follow", comments with replies, "Reply" and like counts, "More to explore" cards,
 * the sign-up modal and the server-rendered JSON).
 */
const pnTitle = 'Brown Butter Pear Galette with a Rye Crust';
const pnDesc =
  'A rustic pear galette with a nutty rye crust and a brush of brown butter. Ripe but firm pears hold their shape in the oven, ' +
  'while a spoonful of honey and a pinch of cardamom turn the juices into a glossy syrup. The dough comes together in five ' +
  'minutes by hand, no food processor needed, and keeps in the fridge for up to three days. Serve it warm with crème fraîche ' +
  'or a scoop of vanilla ice cream. Full recipe and step-by-step photos on the blog.';
const pnIngr: [string, string[]][] = [
  ['Produce', ['3 Pears, ripe but firm', '1 Lemon, zest and juice']],
  ['Refrigerated', ['1 Egg']],
  ['Baking & spices', ['1 cup All-purpose flour', '1/2 cup Rye flour', '3 tbsp Brown sugar', '1/2 tsp Cardamom, ground', '1/2 tsp Kosher salt']],
  ['Condiments', ['2 tbsp Honey']],
  ['Dairy', ['10 tbsp Butter, unsalted', '1/4 cup Crème fraîche']],
  ['Liquids', ['4 tbsp Ice water']],
];
const pnCreator = 'Orchard Lane Kitchen';
type PnComment = { who: string; handle: string; when: string; text: string; likes: string; replies?: PnComment[] };
const pnComments: PnComment[] = [
  {
    who: 'Hanna Lindqvist',
    handle: 'hannalindq',
    when: '3w',
    likes: '14',
    text:
      'Made this for a dinner party with Conference pears and it vanished in ten minutes. The rye crust is a little fragile when ' +
      'you fold it, so chill it longer than you think.',
  },
  {
    who: 'Marcus Delaney',
    handle: 'mdelaney_bakes',
    when: '2w',
    likes: '3',
    text: 'Could I use spelt flour instead of rye? My partner cannot stand the taste of rye.',
    replies: [
      {
        who: pnCreator,
        handle: 'orchardlanekitchen',
        when: '2w',
        likes: '6',
        text: 'Spelt works well! Use the same weight and add a tablespoon less water, since spelt soaks up a bit less than rye does.',
      },
    ],
  },
  {
    who: 'Priyanka Sethi',
    handle: 'priyankasethi',
    when: '6d',
    likes: '2',
    text:
      'I browned the butter a touch too far and it still tasted amazing, almost like toffee. Next time I am adding a handful of ' +
      'walnuts on top before it goes in.',
  },
  {
    who: 'Joanne Whitaker',
    handle: 'jowhitaker',
    when: '4d',
    likes: '1',
    text: 'Do the pears need to be peeled? Mine were quite thick-skinned.',
    replies: [
      {
        who: pnCreator,
        handle: 'orchardlanekitchen',
        when: '4d',
        likes: '2',
        text: 'No need to peel unless the skins are tough. If they are, peeling stops the slices curling up at the edges in the oven.',
      },
    ],
  },
];
const pnAll = pnComments.flatMap((c) => [c, ...(c.replies ?? [])]);
const pnHead = ['Explore', 'About', 'Businesses', 'Create', 'News'];
const pnMore = [
  'Spiced Apple and Quince Crumble Bars',
  'Easy Plum Frangipane Tart',
  'Brown Butter Rye Chocolate Chip Cookies',
  'Fig and Honey Galette with Ricotta',
  'Cardamom Buns (Swedish Kardemummabullar)',
];
const pnText = 'tBJ dyH iFc sAJ O2T zDA IZT swG';
const pnComment = (c: PnComment, reply = false): string => `<div class="${reply ? 'ujU zI7 iyn Hsu' : 'zI7 iyn Hsu'}" data-test-id="comment-item">
<div class="Jea gjz zI7 iyn Hsu"><div class="Pj7 sLG XiG INd m1e" data-test-id="user-avatar"><img alt="${c.who}" class="hCL kVc L4E MIw"
src="https://i.pinimg.example/30x30_RS/${c.handle.length}/a1/${c.handle}.jpg"></div><div class="jzS zI7 iyn Hsu">
<a href="/${c.handle}/" class="Wk9 xQ4 CCY S9z eEj kVc Tbt L4E e8F BG7" rel=""><span class="${pnText} X8m" data-test-id="comment-author">${c.who}</span></a>
<span class="${pnText}" data-test-id="comment-text">${c.text}</span>
<div class="Jea b8T zI7 iyn Hsu"><span class="${pnText} GTB" data-test-id="comment-timestamp">${c.when}</span>
<button class="RCK Hsu USg adn NTm KhY iyn oRi lnZ wsz" type="button"><div class="${pnText} X8m">Reply</div></button>
<div class="Jea zI7 iyn Hsu"><button aria-label="React" class="HEm adn yQo lnZ wsz" type="button"><svg height="16" width="16" role="img"
aria-hidden="true"></svg></button><span class="${pnText}" data-test-id="comment-reaction-count">${c.likes}</span></div>
<button aria-label="More comment options" class="HEm adn yQo lnZ wsz" type="button"><svg height="16" width="16" aria-hidden="true"></svg></button>
</div></div></div>${
  c.replies === undefined
    ? ''
    : `<div class="Jea zI7 iyn Hsu"><button class="RCK Hsu" type="button"><div class="${pnText}">Hide replies</div></button></div>
<div class="ujU zI7 iyn Hsu" data-test-id="comment-replies">${c.replies.map((r) => pnComment(r, true)).join('\n')}</div>`
}</div>`;
const pnHtml = `<!DOCTYPE html>
<html lang="en-US" dir="ltr"><head><meta charset="utf-8"><title>${pnTitle} | Pear galette, Fall baking recipes, Rustic desserts</title>
<meta name="description" content="${pnDesc.slice(0, 150)}">
<meta property="og:type" content="pinterestapp:pin"><meta property="og:site_name" content="Pinterest">
<meta property="pinterestapp:pinner" content="https://www.pinterest.com/orchardlanekitchen/">
<meta property="og:see_also" content="https://orchardlanekitchen.example/brown-butter-pear-galette/">
<link rel="canonical" href="https://www.pinterest.com/pin/904794112327648120/">
<script data-test-id="leaf-snippet" type="application/ld+json">{"@context":"http://schema.org","@type":"Recipe","name":"${pnTitle}",
"author":{"@type":"Person","name":"${pnCreator}"},"recipeIngredient":["3 Pears, ripe but firm","1 Lemon, zest and juice","1 Egg"],
"image":"https://i.pinimg.example/736x/5e/7b/c2/5e7bc2.jpg"}</script>
<link rel="stylesheet" href="https://s.pinimg.example/webapp/style/app-6f1d2b90.css"></head>
<body class="" data-test-id="unauth-body"><div id="__PWS_ROOT__"><div class="App AppBase" data-test-id="page-container">
<div class="zI7 iyn Hsu" data-test-id="unauth-header"><div class="Jea KS5 b8T zI7 iyn Hsu"><a aria-label="Pinterest" href="/" class="Wk9 xQ4 CCY">
<svg height="32" width="32" role="img" aria-label="Pinterest"></svg><div class="${pnText} H2s">Pinterest</div></a>
<div class="Jea zI7 iyn Hsu" data-test-id="unauth-header-links">${pnHead
  .map(
    (t) => `<a href="/${t.toLowerCase()}/" class="Wk9 xQ4"><div
class="${pnText}">${t}</div></a>`,
  )
  .join('')}</div>
<div class="Jea zI7 iyn Hsu" data-test-id="simple-search"><input aria-label="Search" placeholder="Search for easy dinners, fashion, etc." type="text"></div>
<div class="Jea zI7 iyn Hsu"><button class="RCK Hsu USg adn" data-test-id="simple-login-button" type="button"><div class="${pnText}">Log in</div></button>
<button class="RCK Hsu USg adn" data-test-id="simple-signup-button" type="button"><div class="${pnText}">Sign up</div></button></div></div></div>
<div class="appContent" data-test-id="closeup-container"><div class="zI7 iyn Hsu" data-test-id="closeup-body-landscape"><div class="Jea zI7 iyn Hsu">
<div class="zI7 iyn Hsu" data-test-id="pin-closeup-image"><div class="XiG zI7 iyn Hsu"><img alt="a pear galette on a baking sheet with slices
of pear arranged in a spiral" class="hCL kVc L4E MIw" src="https://i.pinimg.example/736x/5e/7b/c2/5e7bc2.jpg" elementtiming="closeupImage"></div></div>
<div class="zI7 iyn Hsu" data-test-id="closeup-details"><div class="Jea KS5 b8T zI7 iyn Hsu" data-test-id="closeup-action-bar">
<div class="Jea zI7 iyn Hsu"><div class="Jea zI7 iyn Hsu" data-test-id="closeup-reactions"><svg aria-label="React" height="20"></svg>
<span class="${pnText}">1.1k</span></div><button aria-label="Share" class="HEm adn" data-test-id="closeup-share-button" type="button"><svg
height="20"></svg></button>
<button aria-label="More actions" class="HEm adn" data-test-id="closeup-action-items" type="button"><svg height="20"></svg></button></div>
<div class="Jea zI7 iyn Hsu"><button class="RCK Hsu" data-test-id="board-dropdown-select-button" type="button"><div class="${pnText}">Profile</div></button>
<button class="RCK Hsu USg adn NTm KhY iyn S9z" data-test-id="PinBetterSaveButton" type="button"><div class="${pnText} X8m">Save</div></button></div></div>
<div class="zI7 iyn Hsu" data-test-id="closeup-link"><a href="https://orchardlanekitchen.example/brown-butter-pear-galette/" rel="nofollow" target="_blank">
<span class="${pnText} GTB">orchardlanekitchen.example</span></a></div>
<div class="zI7 iyn Hsu" data-test-id="pinTitle"><h1 class="lH1 dyH iFc H2s GTB X8m zDA IZT" style="-webkit-line-clamp:3">${pnTitle}</h1></div>
<div class="zI7 iyn Hsu" data-test-id="description-content-container"><div class="zI7 iyn Hsu" data-test-id="truncated-description">
<div class="${pnText}"><span class="${pnText}">${pnDesc}</span></div></div></div>
<div class="zI7 iyn Hsu" data-test-id="rich-recipe-information"><h2 class="lH1 dyH iFc H2s X8m zDA IZT">Ingredients</h2>
${pnIngr
  .map(
    ([g, items]) => `<div class="zI7 iyn Hsu" data-test-id="recipe-ingredient-category"><div class="${pnText} X8m">${g.replace(/&/g, '&amp;')}</div>
<ul class="zI7 iyn Hsu">${items.map((t) => `<li class="${pnText}" data-test-id="recipe-ingredient">${t}</li>`).join('')}</ul></div>`,
  )
  .join('\n')}</div>
<div class="Jea KS5 b8T zI7 iyn Hsu" data-test-id="creator-card-profile"><a href="/orchardlanekitchen/" class="Wk9 xQ4" data-test-id="creator-avatar">
<img alt="${pnCreator}" src="https://i.pinimg.example/75x75_RS/0d/orchard.jpg"></a><div class="zI7 iyn Hsu"><a href="/orchardlanekitchen/" class="Wk9 xQ4">
<div class="${pnText} X8m" data-test-id="creator-profile-name">${pnCreator}</div></a>
<div class="${pnText}" data-test-id="user-follower-count">18.6k followers</div></div>
<button class="RCK Hsu USg adn" data-test-id="user-follow-button" type="button"><div class="${pnText}">Follow</div></button></div>
<div class="zI7 iyn Hsu" data-test-id="canonical-comments"><div class="Jea KS5 zI7 iyn Hsu"><h2 class="lH1 dyH iFc H2s X8m">6 comments</h2>
<button aria-label="Collapse comments" class="HEm adn" type="button"><svg height="12"></svg></button></div>
<div class="zI7 iyn Hsu" data-test-id="comments-list">${pnComments.map((c) => pnComment(c)).join('\n')}</div>
<div class="Jea zI7 iyn Hsu" data-test-id="comment-composer"><div class="${pnText} X8m">What do you think?</div>
<div contenteditable="false" aria-label="Add a comment" class="public-DraftEditor-content" role="textbox"></div></div></div></div></div></div>
<div class="zI7 iyn Hsu" data-test-id="related-pins-section"><h2 class="lH1 dyH iFc H2s X8m">More to explore</h2><div class="vbI XiG" role="list">
${pnMore
  .map(
    (t, i) => `<div class="Yl- MIw Hb7" role="listitem" data-test-id="pin"><a href="/pin/9047941123276${48200 + i}/" aria-label="${t}">
<img alt="" src="https://i.pinimg.example/236x/${i}.jpg"></a><div class="${pnText}" data-test-id="pinrep-footer-title">${t}</div></div>`,
  )
  .join('\n')}</div></div></div>
<div class="zI7 iyn Hsu" data-test-id="fullPageSignupModal"><div role="dialog" aria-label="Sign up"><div class="${pnText} H2s">Welcome to Pinterest</div>
<div class="${pnText}">Find new ideas to try</div><form><label for="email">Email</label><input id="email" type="email" placeholder="Email">
<label for="password">Password</label><input id="password" type="password" placeholder="Create a password">
<button type="submit" class="RCK Hsu"><div class="${pnText}">Continue</div></button></form><div class="${pnText}">OR</div>
<button class="RCK Hsu" type="button"><div class="${pnText}">Continue with Google</div></button>
<div class="${pnText}">By continuing, you agree to Pinterest's <a href="/_/_/policy/terms-of-service">Terms of Service</a> and acknowledge you've read
our <a href="/_/_/policy/privacy-policy">Privacy Policy</a>. <a href="/_/_/policy/privacy-policy#section-notice-at-collection">Notice at collection</a>.</div>
<div class="${pnText}">Already a member? <a href="/login/">Log in</a></div></div></div></div></div>
<script id="__PWS_INITIAL_PROPS__" type="application/json">{"isAuthenticated":false,"initialReduxState":{"pins":{"904794112327648120":
{"title":"${pnTitle}","closeup_description":"${pnDesc.slice(0, 60)}…","pinner":{"full_name":"${pnCreator}","follower_count":18641},
"aggregated_pin_data":{"aggregated_stats":{"saves":7420}},"comment_count":6}}}}</script>
<script nonce="d4e" async src="https://s.pinimg.example/webapp/vendor-react-9a8b.mjs" type="module"></script>
<noscript><div>Pinterest needs JavaScript to work. Please enable it in your browser.</div></noscript></body></html>`;
export const pinterestPin: TestPage = {
  html: pnHtml,
  name: 'heldout45-pinterest-pin',
  kind: 'blog',
  // the pin's title, description and the recipe's ingredient list (the rich pin's content, under "Ingredients" and its group
  // labels, taken as headings) are body; on a social page the comments and the creator's replies are body too; the creator's
  // name (card and replies, once) and the commenters' names with the comment ages are bylines; the source domain link, reaction
  // and follower counts, "Follow", "Save", the board picker's "Profile", "Reply", like counts, "Hide replies", "6 comments",
  // "What do you think?", "More to explore" cards, unauth header, sign-up modal and the noscript line are furniture; the
  // reaction counts of the comments are furniture where they are not numbers of the ingredient list ("3", "2", "1": left out);
  // the modal's "OR" is a word of the description ("crème fraîche or a scoop"): left out
  title: pnTitle,
  headings: ['Ingredients', ...pnIngr.map(([g]) => g)],
  body: [pnDesc, ...pnIngr.flatMap(([, items]) => items), ...pnAll.map((c) => c.text)],
  bylines: [pnCreator, ...pnAll.map((c) => c.who).filter((w) => w !== pnCreator), '3w', '2w', '6d', '4d'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Pinterest', ...pnHead, 'Log in', 'Sign up', '1.1k', 'Profile', 'Save', 'orchardlanekitchen.example', '18.6k followers', 'Follow', '6 comments',
    'Reply', 'Hide replies', 'What do you think?', 'More to explore', ...pnMore, 'Welcome to Pinterest', 'Find new ideas to try', 'Email', 'Password',
    'Continue', 'Continue with Google', '14', '6',
    "By continuing, you agree to Pinterest's Terms of Service and acknowledge you've read our Privacy Policy. Notice at collection.",
    'Already a member?', 'Pinterest needs JavaScript to work. Please enable it in your browser.',
  ],
};
