import { describe, expect, it } from 'vitest';
import { labelsOf, PROSE, text } from '../support/labelling';

/*
 * The cues one block's text gives, each tried on the blocks it is for and on the story's own
 * lines that start or read the same way (the development pages' wrong labels).
 */

describe('labels that head a list of other pages', () => {
  it('read "Recommended", "Most popular" and the like as a label of their own', () => {
    for (const line of [
      'Recommended',
      'Recommended reading',
      'Recommended content',
      'Most popular',
      'Trending now',
      'Popular posts:',
      'Recommended: Best coding bootcamps in New York',
      'Most Viewed Stories',
      'Most e-mailed',
      'Sports Headlines',
      'Top Local Headlines',
      'We Also Recommend',
    ])
      expect([line, text(line)]).toEqual([line, 'related link']);
  });

  it('leave the story’s lines that open with the same words alone', () => {
    for (const line of [
      'Recommended for',
      'Recommended Books for Managers',
      'Popular brands like Urban Outfitters, Free People, Anthropologie',
      'Popular Dishes:',
      'Trending topics in education research',
      'The headlines',
      'Headlines from the war were grim',
      'Most viewed the result as a defeat.',
      'We also recommend a second opinion.',
    ])
      expect([line, text(line)]).toEqual([line, null]);
  });

  it('read a head that offers more reading as one, and not a sentence that opens alike', () => {
    for (const line of [
      'More Articles You Might Enjoy',
      '» You Might Like: Best Cell Phones for Seniors in 2025',
      'If you liked this post you might also like:',
      'What to read next...',
      'Latest news',
    ])
      expect([line, text(line)]).toEqual([line, 'related link']);
    for (const line of [
      'You would like to brush and groom your puppy',
      'You will enjoy the view from the top.',
      'Latest news from the front was grim.',
      'What to read next is up to you.',
    ])
      expect([line, text(line)]).not.toEqual([line, 'related link']);
  });

  it('read a short "Watch" or "Listen" button as a link, not a sentence that opens with the verb', () => {
    for (const line of ['Watch', 'Listen now', 'Watch Video Here'])
      expect([line, text(line)]).toEqual([line, 'related link']);
    for (const line of [
      'Watch Lerner invoke the Fifth.',
      'Listen via iPlayer or download the podcast.',
      'Watch out for tax scams!',
      'Listen to The One Fab Day Wedding Podcast',
    ])
      expect([line, text(line)]).toEqual([line, null]);
  });
});

describe('appeals in long paragraphs', () => {
  const how =
    'Download the city map to your phone before you travel. By this I do not just mean installing ' +
    'the maps app: you can save the whole city for use offline, so you will use less mobile data ' +
    'when you look up a street, a station or a restaurant on the way.';
  const appeal =
    'Subscribe to our research newsletter and follow us on LinkedIn to stay up to date on the ' +
    'latest trends shaping the markets. For complete coverage with access to all of our paid ' +
    'content and reports, including dedicated analyst time, check out our membership options.';

  it('do not take a how-to’s step that names an app for an appeal', () => {
    expect(how.split(/\s+/).length).toBeGreaterThan(40);
    expect(text(how)).toBeNull();
    // The same step, short, still reads as one: a button's or a box's words.
    expect(text('Download our app and follow us on Instagram.')).toBe('call to action');
  });

  it('still label a long appeal that names two things to do, or asks for the paper’s keep', () => {
    expect(appeal.split(/\s+/).length).toBeGreaterThan(40);
    expect(text(appeal)).toBe('call to action');
    const keep =
      'Independent journalism costs money. In a year like this one we need reporters on the ground ' +
      'in every state, talking to the people the candidates are courting. Your support allows us to ' +
      'keep sending journalists to the story, and to keep every article free for everyone to read.';
    expect(keep.split(/\s+/).length).toBeGreaterThan(40);
    expect(text(keep)).toBe('call to action');
  });
});

describe('appeals in one sentence', () => {
  it('need the imperative and the paper, its channel or what it sells in the same sentence', () => {
    expect(text('Follow us on Twitter.')).toBe('call to action');
    expect(
      text('Want to bookmark articles to read later? Start your premium subscription today.'),
    ).toBe('call to action');
    expect(text('Thanks for subscribing! Look out for the first newsletter in your inbox.')).toBe(
      'call to action',
    );
    // A story that says what a site "shows us", then tells the reader what the video holds.
    expect(
      text(
        'With their new project, the paper shows us that reading the news can be a doubly ' +
          'enriching experience. Watch Chris as he recites his favourites.',
      ),
    ).toBeNull();
    expect(text('Download the files. Read the licence. Tell us what you think of it.')).toBeNull();
  });
});

describe('date lines without figures', () => {
  it('do not take a month or a weekday on its own line for a date stamp', () => {
    for (const line of ['April', 'Monday', 'Happy May Day.', 'Tuesday and Thursday'])
      expect([line, text(line)]).toEqual([line, null]);
  });

  it('still label a line that says when the page was posted, with or without figures', () => {
    for (const line of ['Posted on', 'Updated Monday', 'March 16, 2026', 'Published 6 hours ago'])
      expect([line, text(line)]).toEqual([line, 'date line']);
  });

  it('leave a planner’s month headings inside the story alone', () => {
    const labels = labelsOf([PROSE[0]!, 'April', PROSE[1]!, 'June', PROSE[2]!]);
    expect(labels).toEqual([null, null, null, null, null]);
  });
});

describe('date lines by where they stand', () => {
  const more = [
    'The second session will move on to the budget, which the committee has to approve before the end of the month.',
    'Delegates from the regions will then vote on the new rules, and the results will be published the same evening.',
  ];

  it('leave a date among the story’s paragraphs alone: an event’s day, not the page’s stamp', () => {
    const labels = labelsOf([...PROSE, 'March 16, 2026', ...more]);
    expect(labels[3]).toBeNull();
    // The same line under the headline, or after the story, is the page's date stamp.
    expect(labelsOf(['Talks go on', 'March 16, 2026', ...PROSE])[1]).toBe('date line');
    expect(labelsOf([...PROSE, ...more, 'March 16, 2026']).at(-1)).toBe('date line');
  });

  it('still label one in the story that says when something was updated', () => {
    const labels = labelsOf([...PROSE, 'Last updated at 05 Apr 2013, 12:51 GMT', ...more]);
    expect(labels[3]).toBe('date line');
  });
});

describe('a writer’s title alone on its line', () => {
  it('is read as a credit, as an author’s box prints it, and so is the head of a reviewer’s credit', () => {
    for (const line of [
      'Former Staff Writer',
      'Senior Correspondent',
      'Reviewed by',
      'Fact-checked by:',
    ])
      expect([line, text(line)]).toEqual([line, 'credit or byline']);
  });

  it('is not read in a line that only names the trade or starts alike', () => {
    for (const line of [
      'Editor’s picks',
      'Writers and reporters at the summit',
      'Reviewed by the committee in March',
      'A former staff writer',
    ])
      expect([line, text(line)]).toEqual([line, null]);
  });
});

describe('attribution lines', () => {
  // A line that opens with a dash and a name signs a quotation or a post the story embeds: on
  // the development half of the news pages, all 10 such lines were the story's own text.
  it('are left to the story: they sign what it quotes', () => {
    for (const line of [
      '— Rep. Jane Doe (@janedoe) November 19, 2019',
      '– Jane Doe, customer',
      '-0.19',
      '— and then, after the vote, the talks went on until late at night.',
    ])
      expect([line, text(line)]).toEqual([line, null]);
  });
});

describe('the word over an advertisement', () => {
  it('is read when two such words are joined by a dash or a bar', () => {
    for (const line of [
      'Advertisement - Continue Reading Below',
      'Anzeige | Werbung',
      'ADVERTISEMENT — story continues below',
    ])
      expect([line, text(line)]).toEqual([line, 'advertisement']);
  });

  it('is not read in a line that only starts with one', () => {
    for (const line of ['Advertisement - the spring campaign', 'Sponsored - by the city council'])
      expect([line, text(line)]).toEqual([line, null]);
  });
});
