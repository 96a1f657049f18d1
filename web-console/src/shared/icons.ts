import {
  Bell, Calendar, ChatDotRound, Collection, DataAnalysis, DataLine, Document, EditPen, Grid, HomeFilled, InfoFilled, Message,
  Notebook, OfficeBuilding, Reading, Setting, Switch, Tickets, User, UserFilled, Wallet,
} from '@element-plus/icons-vue'
import type { Component } from 'vue'

/** The icons the menu names (imported one by one, so only these reach the bundle). */
export const ICONS: Record<string, Component> = {
  Bell, Calendar, ChatDotRound, Collection, DataAnalysis, DataLine, Document, EditPen, Grid, HomeFilled, InfoFilled, Message,
  Notebook, OfficeBuilding, Reading, Setting, Switch, Tickets, User, UserFilled, Wallet,
}
