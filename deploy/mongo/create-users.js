// Runs once, on the first start of an empty data volume: one user per service, with
// readWrite on its own database and nothing else. Passwords come from the secret files.
const fs = require('fs');
const password = (name) => fs.readFileSync('/run/secrets/mongo-' + name + '-password', 'utf8').trim();
for (const [user, database] of [['partnerships', 'partnerships'], ['events', 'events'], ['webui', 'webui']]) {
  db.getSiblingDB(database).createUser({
    user: user,
    pwd: password(user),
    roles: [{ role: 'readWrite', db: database }],
  });
}
