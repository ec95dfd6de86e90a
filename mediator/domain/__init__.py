"""Pure domain rules of labour-dispute mediation: money, identity checks, working days, deadlines, case numbers."""
