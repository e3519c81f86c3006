// Short facts in one line, "Thu 26 Nov · 17:30 · Demo ulica 12": each part isolated
// (<bdi>), so a Latin address inside Arabic or Persian text keeps its own direction and
// does not scramble the order of the parts around it.
import { Fragment } from 'preact';

export function Joined({ parts, separator = ' · ' }: { parts: readonly (string | null | undefined)[]; separator?: string }) {
  const shown = parts.filter((part): part is string => Boolean(part));
  return (
    <>
      {shown.map((part, index) => (
        <Fragment key={index}>
          {index > 0 && separator}
          <bdi>{part}</bdi>
        </Fragment>
      ))}
    </>
  );
}
