import { computeInterval, METHODS } from "./calculator";
import { renderFactSheet } from "./fact-sheet";

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`#${id} is missing from index.html`);
  return found as T;
}

const form = element<HTMLFormElement>("interval-form");
const method = element<HTMLSelectElement>("method");
const result = element<HTMLOutputElement>("result");

for (const { value, label } of METHODS) method.add(new Option(label, value));

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const answer = computeInterval({
    successes: element<HTMLInputElement>("successes").value,
    trials: element<HTMLInputElement>("trials").value,
    method: method.value,
    level: element<HTMLInputElement>("level").value,
  });
  result.classList.toggle("error", !answer.ok);
  result.textContent = answer.ok ? answer.text : answer.message;
});

element<HTMLElement>("fact-sheet").replaceChildren(...renderFactSheet(document));
