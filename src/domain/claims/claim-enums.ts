import { registerEnumType } from 'type-graphql';

export enum TransferCategory {
  AMMUNITION = 'AMMUNITION',
  ARTILLERY = 'ARTILLERY',
  MISSILES_AND_ROCKETS = 'MISSILES_AND_ROCKETS',
  UAV = 'UAV',
  AIRCRAFT = 'AIRCRAFT',
  AIR_DEFENCE = 'AIR_DEFENCE',
  ARMOURED_VEHICLES = 'ARMOURED_VEHICLES',
  SHIPS = 'SHIPS',
  SMALL_ARMS = 'SMALL_ARMS',
  NAVAL_WEAPONS = 'NAVAL_WEAPONS',
  ENGINES = 'ENGINES',
  SENSORS = 'SENSORS',
  SATELLITES = 'SATELLITES',
  OTHER_MATERIEL = 'OTHER_MATERIEL',
  LABOUR = 'LABOUR',
  FINANCE = 'FINANCE',
  OTHER = 'OTHER',
}

/** Hedging is data: a hint, a plan, an order, an ongoing purchase and a delivery differ. */
export enum TransferStatus {
  PROPOSED = 'PROPOSED',
  PLANNED = 'PLANNED',
  ORDERED = 'ORDERED',
  IN_PROGRESS = 'IN_PROGRESS',
  DELIVERED = 'DELIVERED',
  CANCELLED = 'CANCELLED',
}

export enum RecognitionStatus {
  RECOGNIZED = 'RECOGNIZED',
  WITHDRAWN = 'WITHDRAWN',
}

registerEnumType(TransferCategory, {
  name: 'TransferCategory',
  description: 'What was transferred: materiel by type, or labour, money and other support.',
  valuesConfig: {
    AMMUNITION: { description: 'Artillery shells, cartridges and other ammunition.' },
    ARTILLERY: { description: 'Guns, howitzers, mortars and rocket launchers.' },
    MISSILES_AND_ROCKETS: { description: 'Missiles (surface-to-air missiles included), guided bombs and rockets.' },
    UAV: { description: 'Unmanned aerial vehicles (drones), including loitering munitions.' },
    AIRCRAFT: { description: 'Crewed aircraft and helicopters.' },
    AIR_DEFENCE: { description: 'Air-defence systems: SAM systems, anti-aircraft guns.' },
    ARMOURED_VEHICLES: { description: 'Tanks and other armoured vehicles.' },
    SHIPS: { description: 'Ships and boats.' },
    SMALL_ARMS: { description: 'Small arms and light weapons.' },
    NAVAL_WEAPONS: { description: 'Naval guns, torpedoes, anti-submarine rockets and other shipborne weapons.' },
    ENGINES: { description: 'Engines for aircraft, armoured vehicles and ships (turbofans, diesel engines…).' },
    SENSORS: { description: 'Radars, sonars, electro-optical and signals-intelligence systems.' },
    SATELLITES: { description: 'Satellites (reconnaissance, communications…).' },
    OTHER_MATERIEL: { description: 'Other military equipment.' },
    LABOUR: { description: 'Workers or personnel.' },
    FINANCE: { description: 'Money, credit or payment.' },
    OTHER: { description: 'Anything else.' },
  },
});

registerEnumType(TransferStatus, {
  name: 'TransferStatus',
  description: 'How far the transfer had gone, as the evidence states it.',
  valuesConfig: {
    PROPOSED: { description: 'Hinted at, considered or offered; no decision reported.' },
    PLANNED: { description: 'Decided or intended, not yet ordered.' },
    ORDERED: { description: 'Contracted or ordered.' },
    IN_PROGRESS: { description: 'Being bought or delivered.' },
    DELIVERED: { description: 'Delivered.' },
    CANCELLED: { description: 'Cancelled or abandoned.' },
  },
});

registerEnumType(RecognitionStatus, {
  name: 'RecognitionStatus',
  description: 'Whether the recognition stands or was withdrawn.',
  valuesConfig: {
    RECOGNIZED: { description: 'Recognized.' },
    WITHDRAWN: { description: 'Recognition withdrawn.' },
  },
});
