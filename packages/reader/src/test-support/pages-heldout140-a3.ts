/**
 * Held-out batch 140, file a3: the texts of the Mathematics Stack Exchange page of file a (question, answers, comments,
 * display math, tags, rails, footer, guest answer form and cookie banner), kept apart to keep file a short.
 */
export const seTitle = 'Expected number of rolls to see every face of a die when one face is twice as likely';
export const seQ = [
  'I know the classic result that a fair six-sided die needs on average <span class="math-container">$6(1 + 1/2 + \\dots + 1/6) = 14.7$</span> ' +
    'rolls before every face has appeared. My question is about a loaded die where face 6 comes up with probability ' +
    '<span class="math-container">$2/7$</span> and the other five faces each with probability <span class="math-container">$1/7$</span>.',
  'My first thought was to reuse the stage argument: after <span class="math-container">$k$</span> distinct faces have been seen, wait ' +
    'for a new one. But the waiting time for the next new face now depends on <em>which</em> faces are already seen, not just how many, ' +
    'so the stages are no longer geometric with a fixed parameter.',
  'I ran a quick simulation with a million trials and got about 15.9, so the loaded die is slower, which makes sense because the rare faces ' +
    'are rarer. Is there a clean way to get the exact value, and does it generalise to any set of face probabilities?',
];
export const seQComments = [
  {
    text: 'Look up the coupon collector problem with unequal probabilities. There is an inclusion-exclusion formula and also an integral form.',
    user: 'Petra Lindqvist',
    date: 'Mar 14, 2025 at 9:31',
    score: '3',
  },
  { text: 'Your simulation value looks right to me. I get 15.87 with ten million runs.', user: 'okonkwo.j', date: 'Mar 14, 2025 at 9:48', score: '1' },
];
export const seA1 = [
  'The cleanest route is the integral (Poissonisation) trick. Imagine the rolls arrive as a Poisson process of rate 1. Then the number ' +
    'of times face <span class="math-container">$i$</span> has appeared by time <span class="math-container">$t$</span> is Poisson with ' +
    'mean <span class="math-container">$p_i t$</span>, and the six faces are independent of each other. Face ' +
    '<span class="math-container">$i$</span> has been seen by time <span class="math-container">$t$</span> with probability ' +
    '<span class="math-container">$1 - e^{-p_i t}$</span>.',
  'The time until all faces are seen therefore has tail probability one minus the product of those six terms, and because the rolls ' +
    'arrive at rate 1, its mean is exactly the expected number of rolls. That gives',
];
export const seA1Math = '<span class="math-container">$$E[N] = \\int_0^\\infty \\left(1 - \\prod_{i=1}^{6} (1 - e^{-p_i t})\\right) dt.$$</span>';
export const seA1b = [
  'For your die, five of the factors are equal, so the product is <span class="math-container">$(1 - e^{-t/7})^5 (1 - e^{-2t/7})$</span>. ' +
    'Expanding it and integrating term by term is tedious but entirely mechanical. Each term has the form ' +
    '<span class="math-container">$e^{-ct}$</span> and integrates to <span class="math-container">$1/c$</span>. I get',
];
export const seA1List = [
  'a fair die: 14.7 rolls,',
  'your loaded die: 15.871 rolls to three decimals,',
  'a die with face 6 at probability 1/2 and the rest at 1/10 each: 22.917 rolls.',
];
export const seA1c = [
  'The general formula, for any probabilities, is the inclusion-exclusion sum over non-empty subsets ' +
    '<span class="math-container">$S$</span> of the faces of <span class="math-container">$(-1)^{|S|+1} / \\sum_{i \\in S} p_i$</span>. ' +
    'It has <span class="math-container">$2^n - 1$</span> terms, so for large <span class="math-container">$n$</span> the integral is ' +
    'easier to evaluate numerically.',
  'Your intuition is also right: for a fixed number of faces the fair die minimises the expected time. Any departure from uniform makes ' +
    'some face rarer, and the rarest face dominates the wait.',
];
export const seA1Comments = [
  {
    text: 'This is exactly what I was missing. The independence after Poissonisation is the whole trick. Thank you!',
    user: 'hollis_k',
    date: 'Mar 14, 2025 at 12:02',
    score: '2',
  },
];
export const seA2 = [
  'A Markov chain also works if you only need numbers. Take as states the subsets of faces already seen; there are 64 of them. From a ' +
    'state, stay put with probability equal to the total probability of the seen faces, otherwise move to a larger set.',
  'Solve for the expected time to absorption backwards from the full set. With your die the symmetry among faces 1 to 5 collapses the ' +
    'chain to 12 states (how many of faces 1 to 5 are seen, and whether 6 is seen), which is small enough to do by hand. It agrees ' +
    'with the integral answer, 15.871.',
];
export const seTags = ['probability', 'combinatorics', 'expected-value', 'coupon-collector'];
export const seNav = ['Home', 'Questions', 'Unanswered', 'AI Assist', 'Tags', 'Chat', 'Users'];
export const seBlog = ['Turning a research prototype into a tool people use', 'How one volunteer rebuilt a site search over three weekends'];
export const seMeta = ['Updated policy on answers written with generative tools', 'Results of the 2025 moderator election are in'];
export const seLinked = ['Coupon collector with non-uniform probabilities: closed form?'];
export const seRelated = [
  'Expected number of dice rolls until every number appears twice',
  'Variance of the coupon collector time',
  'Probability that all faces appear within n rolls of a biased die',
  'Why is the uniform distribution the fastest for collecting coupons?',
];
export const seHot = [
  'Is every finite group the automorphism group of some graph?',
  'Can a bijection between open intervals be nowhere continuous?',
  'Why does my tax software round before summing?',
  'Did medieval bridges use mortar under water?',
  'How to typeset a long arrow with text above it',
];
export const seFoot1 = ['Tour', 'Help', 'Chat', 'Contact', 'Feedback'];
export const seFoot2 = [
  'Stack Overflow',
  'Teams',
  'Advertising',
  'Talent',
  'About',
  'Press',
  'Legal',
  'Privacy Policy',
  'Terms of Service',
  'Cookie Settings',
  'Cookie Policy',
];
export const seFoot3 = ['Technology', 'Culture & recreation', 'Life & arts', 'Science', 'Professional', 'Business', 'API', 'Data'];
export const seCopy = 'Site design / logo © 2025 Stack Exchange Inc; user contributions licensed under CC BY-SA. rev 2025.11.6.36102';
export const seCookie = [
  'Your privacy',
  'By clicking “Accept all cookies”, you agree Stack Exchange can store cookies on your device and disclose information in accordance ' +
    'with our Cookie Policy.',
];
export const seGuest = [
  'Thanks for contributing an answer to Mathematics Stack Exchange!',
  'Please be sure to answer the question. Provide details and share your research!',
  'But avoid asking for help, clarification, or responding to other answers.',
  'Use MathJax to format equations. MathJax reference.',
  'To learn more, see our tips on writing great answers.',
  'Sign up or log in',
  'Post as a guest',
  'Required, but never shown',
  'Post Your Answer',
  'Discard',
];
