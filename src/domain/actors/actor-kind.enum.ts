import { registerEnumType } from 'type-graphql';

export enum ActorKind {
  STATE = 'STATE',
  GOVERNMENT_BODY = 'GOVERNMENT_BODY',
  SELF_PROCLAIMED_STATE = 'SELF_PROCLAIMED_STATE',
  ARMED_GROUP = 'ARMED_GROUP',
  COMPANY = 'COMPANY',
  INTERNATIONAL_ORGANIZATION = 'INTERNATIONAL_ORGANIZATION',
  OTHER = 'OTHER',
}

registerEnumType(ActorKind, {
  name: 'ActorKind',
  description: 'What sort of actor this is.',
  valuesConfig: {
    STATE: { description: 'A sovereign state, e.g. Russia.' },
    GOVERNMENT_BODY: { description: 'A ministry, agency or office of a state, e.g. the Russian Ministry of Defence.' },
    SELF_PROCLAIMED_STATE: {
      description: "An entity claiming statehood with little recognition, e.g. the Donetsk People's Republic.",
    },
    ARMED_GROUP: { description: 'A non-state armed group.' },
    COMPANY: { description: 'A company, e.g. a manufacturer or broker.' },
    INTERNATIONAL_ORGANIZATION: { description: 'An international organization.' },
    OTHER: { description: 'Anything else.' },
  },
});
