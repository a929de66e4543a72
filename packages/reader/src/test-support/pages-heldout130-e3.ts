/**
 * Held-out batch 130, file e3: the navigation, rails, reader comments block and footer of the Daily Mail page in file e
 * (all furniture), with the plain texts of the comments block for the gold.
 */
export const dmNav = ['Home', 'News', 'Royals', 'U.S.', 'Sport', 'TV&Showbiz', 'Femail', 'Health', 'Science', 'Money', 'Travel', 'Shopping'];
export const dmNav2 = ['Latest Headlines', 'World News', 'Headlines', 'Most read', 'Wires', 'Games'];
export const dmRelated = [
  'Village cricket club faces eviction as developers eye 400-home scheme',
  'Planning inspector overrules council to allow homes on flood plain',
  'Families fight plans for 1,500 homes next to medieval church',
];
export const dmMost = [
  'Pensioner, 81, wins two-year battle with energy giant over £4,000 bill',
  'Motorway closed for 14 hours after lorry sheds load of frozen peas',
  'Headteacher bans mobile phones and sees exam results soar',
  'Couple discover Roman coins while digging a pond in their garden',
];
const dmCommenters = [
  {
    user: 'Countrygirl72',
    place: 'Eastmarch, United Kingdom',
    ago: '2 hours ago',
    text: 'Eleven years of objections and they still ignore us. What is the point of consultations?',
    up: '318',
    down: '12',
  },
  {
    user: 'RealistRob',
    place: 'Leeds, United Kingdom',
    ago: '3 hours ago',
    text: 'People need somewhere to live. Every village says not here.',
    up: '45',
    down: '207',
  },
  {
    user: 'Hilda B',
    place: 'Somewhere nice',
    ago: '4 hours ago',
    text: 'Where will all the cars go? The roads round there are single track in places.',
    up: '162',
    down: '9',
  },
];
const dmRc = [
  'Comments',
  'Share what you think',
  'Newest',
  'Oldest',
  'Best rated',
  'Worst rated',
  'The comments below have not been moderated.',
  'Click to rate',
  'View all',
  'The views expressed in the contents above are those of our users and do not necessarily reflect the views of MailOnline.',
  'Add your comment',
  'By posting your comment you agree to our house rules.',
  'Submit Comment',
  'Clear',
];
export const dmComments = `<div id="comments" class="reader-comments js-comments"><div class="comments-header cleared">
<h3 class="heading">${dmRc[0]} <span class="count">482</span></h3><a class="share-link" href="#add-comment">${dmRc[1]}</a></div>
<div class="rc-sort-tabs"><ul>${dmRc
  .slice(2, 6)
  .map((t) => `<li><a href="#">${t}</a></li>`)
  .join('')}</ul></div><p class="rc-note">${dmRc[6]}</p>
<div class="rc-content">${dmCommenters
  .map(
    (c) => `<div class="comment cleared"><p class="user-info"><a class="js-usr" href="#">${c.user}</a>, <span class="place">${c.place}</span>,
<span class="time">${c.ago}</span></p><p class="comment-body comment-text">${c.text}</p><div class="rating"><span class="rate-label">${dmRc[7]}</span>
<span class="vote-up">${c.up}</span> <span class="vote-down">${c.down}</span></div><a class="reply" href="#">Reply</a></div>`,
  )
  .join('\n')}</div><a class="view-all" href="/reader-comments/p/asset/readcomments/14452317">${dmRc[8]}</a>
<p class="rc-disclaimer">${dmRc[9]}</p><div id="add-comment" class="add-comment"><h4>${dmRc[10]}</h4><textarea aria-label="Comment"></textarea>
<p class="rc-rules">${dmRc[11]}</p><button>${dmRc[12]}</button> <button>${dmRc[13]}</button></div></div>`;
export const dmCommentTexts: string[] = [...dmRc, ...dmCommenters.flatMap((c) => [c.user, c.place, c.ago, c.text, c.up, c.down]), 'Reply'];
export const dmFoot = [
  'Contact us',
  'How to complain',
  'Leadership Team',
  'Advertise with us',
  'Contributors',
  'Terms',
  'Privacy policy & cookies',
  'Cookie Settings',
  'Do not sell or share my personal information',
  'About Daily Mail',
  'Topic Index',
  'Mobile Apps',
  'RSS',
  'Text-based site',
  'Reader Prints',
  'Our Papers',
  'Top of page',
];
