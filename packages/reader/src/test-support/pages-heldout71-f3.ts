/**
 * Held-out batch 71, file f3: the texts of the Stack Overflow question page of file f (the question, three answers and
 * their comments, the users, and the page's chrome).
 */
export interface SoComment {
  id: number;
  score?: string;
  html: string;
  user: string;
  date: string;
}
export interface SoPost {
  id: number;
  kind: 'question' | 'answer';
  score: string;
  accepted?: boolean;
  paras: string[];
  action: string;
  user: string;
  rep: string;
  badges: [string, string, string];
  edited?: string;
  comments: SoComment[];
}
export const soTitle = 'Why do all my sort functions created in a loop use the last key?';
const q1 = [
  'I’m building a small report tool that sorts the same list of records by several columns. I create the sort functions in a ' +
    'loop and store them in a dict, but every one of them sorts by the last column in the list.',
];
const q2 = [
  'Both <code>sorters["name"]</code> and <code>sorters["city"]</code> sort by <code>age</code>. If I call <code>sorted</code> ' +
    'directly inside the loop it works. What am I missing?',
];
const a1a = [
  'This is Python’s late binding of closures. The lambda does not capture the <em>value</em> of <code>col</code> when it is ' +
    'created; it looks up the name <code>col</code> when it is called. By then the loop has finished and <code>col</code> is ' +
    '<code>"age"</code> for every function.',
  'The usual fix is to bind the current value as a default argument, which is evaluated once, when the lambda is defined:',
];
const a1b = [
  'Defaults are evaluated at definition time, so each lambda keeps its own <code>c</code>. It works the same way with a ' + '<code>def</code> inside the loop.',
];
const a2 = [
  'Another way that avoids the default-argument trick, which some people find surprising, is <code>functools.partial</code>:',
  '<code>partial</code> stores the arguments you give it right away, so there is nothing left to look up later. It also makes ' +
    'the function a bit easier to inspect in a debugger, since <code>sorters["name"].args</code> shows the column.',
];
const a3 = [
  'For this particular case you don’t need a lambda at all. <code>operator.itemgetter(col)</code> is evaluated immediately and ' +
    'returns a key function for that column, and it is slightly faster than a lambda as well.',
];
export const soPosts: SoPost[] = [
  {
    id: 78011342,
    kind: 'question',
    score: '14',
    paras: [...q1, ...q2],
    action: 'asked',
    user: 'Okonkwo Ifeanyi',
    rep: '1,204',
    badges: ['2', '11', '19'],
    edited: 'Jun 12, 2023 at 15:40',
    comments: [
      {
        id: 134822101,
        score: '2',
        html: 'Search for “late binding closures”. It’s one of the most common Python surprises.',
        user: 'Greta Holmqvist',
        date: 'Jun 12, 2023 at 14:11',
      },
      {
        id: 134822187,
        html: 'Thanks, I had no idea what to search for. Didn’t know it had a name.',
        user: 'Okonkwo Ifeanyi',
        date: 'Jun 12, 2023 at 14:25',
      },
    ],
  },
  {
    id: 78011390,
    kind: 'answer',
    score: '23',
    accepted: true,
    paras: [...a1a, ...a1b],
    action: 'answered',
    user: 'Paulo Nascimento',
    rep: '48.7k',
    badges: ['9', '71', '112'],
    comments: [
      {
        id: 134822310,
        score: '5',
        html: 'Worth adding that the same thing happens with list comprehensions of lambdas, e.g. <code>[lambda: i for i in range(3)]</code>.',
        user: 'Greta Holmqvist',
        date: 'Jun 12, 2023 at 14:40',
      },
    ],
  },
  {
    id: 78011455,
    kind: 'answer',
    score: '6',
    paras: a2,
    action: 'answered',
    user: 'Lena Brauckmann',
    rep: '9,315',
    badges: ['3', '28', '47'],
    comments: [
      {
        id: 134823044,
        html: 'I prefer this one in code review. The default-argument version looks like a bug to anyone who hasn’t seen it before.',
        user: 'Okonkwo Ifeanyi',
        date: 'Jun 12, 2023 at 16:02',
      },
    ],
  },
  {
    id: 78013020,
    kind: 'answer',
    score: '3',
    paras: a3,
    action: 'answered',
    user: 'dkowalczyk',
    rep: '612',
    badges: ['1', '4', '9'],
    edited: 'Jun 13, 2023 at 09:02',
    comments: [],
  },
];
export const soDates = ['Jun 12, 2023 at 14:03', 'Jun 12, 2023 at 14:32', 'Jun 12, 2023 at 15:10', 'Jun 13, 2023 at 08:47'];
export const soQ = { q1, q2, a1a, a1b, a2, a3 };
export const soTags = ['python', 'lambda', 'closures', 'sorting'];
export const soNav = ['Home', 'Questions', 'Tags', 'Users', 'Companies', 'Labs', 'Jobs', 'Discussions', 'Collectives', 'Explore Collectives'];
export const soTeams = ['Teams', 'Ask questions, find answers and collaborate at work with Stack Overflow for Teams.', 'Try Teams for free', 'Explore Teams'];
export const soSort = ['Highest score (default)', 'Trending (recent votes count more)', 'Date modified (newest first)', 'Date created (oldest first)'];
export const soBlog = ['The Overflow Blog', 'How a tiny team keeps a huge open source project alive', 'What we learned from a year of code reviews'];
export const soMeta = ['Featured on Meta', 'Updates to the moderation tools for comment flags', 'Results of the 2025 moderator election'];
export const soRelated = [
  'Creating functions (or lambdas) in a loop (or comprehension)',
  'What do lambda function closures capture?',
  'How do I sort a list of dictionaries by a value of the dictionary?',
];
export const soHot = ['Is it rude to ask a reviewer for a deadline?', 'Why do trains in the Alps use rack railways on some lines only?'];
export const soAnswerForm = [
  'Your Answer',
  'Thanks for contributing an answer to Stack Overflow!',
  'Please be sure to answer the question. Provide details and share your research!',
  'Asking for help, clarification, or responding to other answers.',
  'Making statements based on opinion; back them up with references or personal experience.',
  'To learn more, see our tips on writing great answers.',
  'Sign up or log in',
  'Sign up using Google',
  'Sign up using Email and Password',
  'Post as a guest',
  'Required, but never shown',
  'Post Your Answer',
  'Discard',
  'By clicking “Post Your Answer”, you agree to our terms of service and acknowledge you have read our privacy policy.',
];
export const soFoot = [
  'Stack Overflow',
  'Help',
  'Chat',
  'Products',
  'Advertising',
  'Talent',
  'Company',
  'Press',
  'Work Here',
  'Legal',
  'Privacy Policy',
  'Terms of Service',
  'Contact Us',
  'Cookie Settings',
  'Cookie Policy',
];
export const soLicense = 'Site design / logo © 2025 Stack Exchange Inc; user contributions licensed under CC BY-SA. rev 2025.3.4.24412';
export const soCookie = [
  'Your privacy',
  'By clicking “Accept all cookies”, you agree Stack Exchange can store cookies on your device and disclose information in accordance with ' +
    'our Cookie Policy.',
  'Accept all cookies',
  'Necessary cookies only',
  'Customize settings',
];
