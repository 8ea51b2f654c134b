import { ProfileEditForm, SignupFlow, type UserFormMessagesInput } from '@profilekit/react';

// Every string is overridable: labels, hints, validation messages, buttons, step names. Give any subset;
// the rest stays English. Functions receive what they mention (a name, a count, a uid).
const german: UserFormMessagesInput = {
  labels: { name: 'Name', avatar: 'Profilbild', statusMessage: 'Statusmeldung', uid: 'Benutzer-ID' },
  submitUpdateCurrent: 'Profil speichern',
  saved: 'Gespeichert.',
  reset: 'Zurücksetzen',
  fixFields: (count) => (count === 1 ? 'Bitte korrigiere das markierte Feld.' : `Bitte korrigiere ${count} Felder.`),
  signUp: 'Registrieren',
  signedUp: (name) => `Willkommen, ${name}!`,
};

export const GermanProfile = () => <ProfileEditForm messages={german} />;
export const GermanSignup = () => <SignupFlow messages={german} onRegister={() => undefined} />;
