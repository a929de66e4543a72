/**
 * Held-out batch 93, file a3: the texts and markup helpers of the Stack Overflow page in file a (question, comments,
 * answers, rails, footer and cookie texts; the user card, post menu, comment and vote cell builders).
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' '));
export const soTitle = 'Why does sort() put 10 before 9 in my array? [duplicate]';
export const soQ = paras(`
I have an array of scores coming back from our quiz API and I want to show them from lowest to highest. I thought <code>sort()</code> would do that,
but the order I get back makes no sense to me:

The 10 ends up before the 2 and the 9 is last. I checked that the values are numbers and not strings with <code>typeof</code>, and every one of them
says <code>number</code>. I am on Node 18, and Firefox shows the same order, so it does not look like a bug in one engine.

Is <code>sort()</code> broken for numbers, or am I supposed to call it differently? I would rather not pull in a library just to sort five numbers.`);
export const soQc = paras(`
<code>sort()</code> with no argument compares the values as strings, so "10" comes before "2" for the same reason "ba" comes before "c". Pass a
compare function.

Side note: <code>sort()</code> also changes the array in place, so if you need the original order later, copy it first or use <code>toSorted()</code>.

Thanks both, I had no idea it converted them to strings. The compare function fixed it, and I will read the linked question properly.`);
export const soA1 = paras(`
Without a compare function, <code>Array.prototype.sort</code> converts every element to a string and sorts by UTF-16 code units. As strings, "10"
starts with "1", which comes before "2", so it lands ahead of 2 and 9 no matter how large it is.

Give <code>sort</code> a function that returns a negative number when <code>a</code> should come first, a positive number when <code>b</code> should
come first, and zero when they are equal. For numbers, subtraction does exactly that:

For highest to lowest, swap the operands to <code>b - a</code>. Keep in mind that <code>sort</code> reorders the array in place and also returns it,
so <code>scores</code> itself is now sorted. If that matters, sort a copy with <code>[...scores].sort(...)</code> or, in Node 20 and current
browsers, <code>scores.toSorted(...)</code>.`);
export const soA1c =
  'Worth adding that subtraction misbehaves if the array can hold <code>NaN</code> or strings mixed in with the numbers; filter those first.';
export const soA2 = paras(`
The other answer covers why. If you are sorting objects rather than plain numbers, the same idea works with a property:

And for strings that contain numbers, such as file names like "track10" and "track9", <code>localeCompare</code> with the <code>numeric</code>
option gives the order people expect:`);
export const soNav = ['Home', 'Questions', 'Tags', 'Users', 'Companies', 'Labs', 'Jobs', 'Discussions'];
export const soDupes = ['Sorting numbers in JavaScript gives the wrong order', 'Why does sort() treat my numbers as strings?'];
export const soTags = ['javascript', 'arrays', 'sorting'];
export const soBlog = ['The hidden cost of flaky tests in a monorepo', 'Podcast 412: Shipping a compiler in your spare time'];
export const soMeta = ['Updates to the moderator election schedule', 'Policy: generative AI answers are still banned'];
export const soLinked = ['Sort an array of objects by a date property', 'Natural sort of strings that contain numbers'];
export const soRelated = [
  'How can I sort an array of numbers in descending order?',
  'Does sort() mutate the original array?',
  'Sort strings with numbers inside',
];
export const soHot = [
  'Why do train wheels not slip on wet rails?',
  'Is it rude to decline a referee request after a first round?',
  'How to keep basil alive indoors through winter',
  'Which word means a fear of running out of coffee?',
];
export const soFoot = ['Questions', 'Help', 'Chat', 'Products', 'Teams', 'Advertising', 'Talent', 'Company', 'About', 'Press', 'Work Here', 'Legal'];
export const soFoot2 = ['Privacy Policy', 'Terms of Service', 'Contact Us', 'Cookie Settings', 'Cookie Policy'];
export const soSe = ['Technology', 'Culture & recreation', 'Life & arts', 'Science', 'Professional', 'Business', 'API', 'Data'];
export const soCookie =
  'By clicking “Accept all cookies”, you agree Stack Exchange can store cookies on your device and disclose information ' +
  'in accordance with our Cookie Policy.';
export const soHighly =
  'Earn 10 reputation (not counting the association bonus) in order to answer this question. The reputation requirement helps protect this question ' +
  'from spam and non-answer activity.';
export const code = (lang: string, s: string): string => `<pre class="lang-${lang} s-code-block"><code class="hljs language-${lang}">${s}</code></pre>`;
export const soUser = (
  verb: string,
  when: string,
  iso: string,
  name: string,
  rep: string,
  b: [number, number, number],
): string => `<div class="post-signature flex--item">
<div class="user-info"><div class="user-action-time">${verb} <span title="${iso}" class="relativetime">${when}</span></div>
<div class="user-gravatar32"><a href="/users/${rep}"><div class="gravatar-wrapper-32"><img src="https://i.sstatic.example/${rep}.png" alt="${name}'s user
avatar"
width="32" height="32" class="bar-sm"></div></a></div><div class="user-details" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a href="/users/${rep}/x">${name}</a><span class="d-none" itemprop="name">${name}</span><div class="-flair">
<span class="reputation-score" title="reputation score " dir="ltr">${rep}</span>${(['gold', 'silver', 'bronze'] as const)
  .map((m, i) =>
    b[i] === 0
      ? ''
      : `<span title="${b[i]} ${m} badges" aria-hidden="true"><span class="badge${i + 1}"></span><span class="badgecount">${b[i]}</span></span>
<span class="v-visible-sr">${b[i]} ${m} badges</span>`,
  )
  .join('')}</div></div></div></div>`;
export const soMenu = (what: string): string => `<div class="js-post-menu pt2" data-post-type-id="1"><div class="d-flex gs8 s-anchors s-anchors__muted fw-wrap">
<div class="flex--item"><a href="/q/71" rel="nofollow" class="js-share-link js-gps-track">Share</a></div>
<div class="flex--item"><a href="/posts/71/edit" class="js-suggest-edit-post js-gps-track">Improve this ${what}</a></div>
<div class="flex--item"><button type="button" class="s-btn s-btn__link js-follow-post js-follow-question js-gps-track">Follow</button></div></div></div>`;
export const soComment = (score: string, text: string, name: string, when: string): string => `<li class="comment js-comment " data-comment-owner-id="5"
data-comment-score="${score}"><div class="js-comment-actions comment-actions"><div class="comment-score js-comment-score js-comment-edit-hide">
<span title="number of 'useful comment' votes received" class="cool">${score}</span></div></div><div class="comment-text  js-comment-text-and-form">
<div class="comment-body js-comment-edit-hide"><span class="comment-copy">${text}</span> &ndash;&nbsp;<div class="d-inline-flex ai-center">
<a href="/users/5/x" class="comment-user">${name}</a></div><span class="comment-date" dir="ltr"><span title="2022-03-14 19:05:31Z, License: CC BY-SA 4.0"
class="relativetime-clean">${when}</span></span></div></div></li>`;
const soAccepted = '<div class="js-accepted-answer-indicator flex--item s-badge s-badge__icon s-badge__filled s-badge__success" title="Loading…"></div>';
export const soVote = (
  n: string,
  accepted = false,
): string => `<div class="votecell post-layout--left"><div class="js-voting-container d-flex jc-center fd-column ai-center gs4 fc-black-300"
data-post-id="71"><button class="js-vote-up-btn flex--item s-btn s-btn__unset c-pointer" aria-label="Up vote" aria-pressed="false"></button>
<div class="js-vote-count flex--item d-flex fd-column ai-center fc-theme-body-font fw-bold fs-subheading py4" itemprop="upvoteCount"
data-value="${n}">${n}</div>
<button class="js-vote-down-btn flex--item s-btn s-btn__unset c-pointer" aria-label="Down vote" aria-pressed="false"></button>
${accepted ? soAccepted : ''}</div></div>`;
